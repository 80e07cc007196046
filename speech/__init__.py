"""Speech: audio sources, the chunked recorder, the Vosk engine, transcripts. No Qt here."""
