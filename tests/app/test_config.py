"""The machine config IT writes: valid files load, wrong ones name the key and the fix."""

from __future__ import annotations

import pytest

from courtdesk.app.config import TEMPLATE, ConfigError, load_config


def write(tmp_path, text: str):
    path = tmp_path / "courtdesk.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_the_template_is_a_valid_config(tmp_path):
    config = load_config(write(tmp_path, TEMPLATE))
    assert config.court == "延吉市人民法院"
    assert config.microphones == {1: "presiding_judge", 2: "plaintiff", 3: "defendant",
                                  4: "clerk"}
    assert config.pause_ms == 300
    assert (config.cast.port, config.cast.public, config.cast.web) == (8765, False, False)


def test_no_file_means_defaults(tmp_path):
    config = load_config(tmp_path / "absent.toml")
    assert not config.exists and config.default_language == "zh_CN"


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[court]\nnmae = 'x'\n", "court.nmae"),
        ("[ui]\nlanguage = 'fr'\n", "ui.language"),
        ("[server]\nurl = 'http://court.example'\n", "server.url"),
        ("[audio]\nmicrophones = { 1 = 'judge', 2 = 'jester' }\n", "audio.microphones.2"),
        ("[audio]\nmicrophones = { 0 = 'judge' }\n", "audio.microphones.0"),
        ("[speech]\nmodel_paths = '/opt/model'\n", "speech.model_paths"),
        ("[printer]\nname = 'x'\n", "printer"),
        ("[speech]\npause_ms = 50\n", "speech.pause_ms"),
        ("[speech]\npause_ms = '300'\n", "speech.pause_ms"),
        ("[cast]\npublic = 'yes'\n", "cast.public"),
        ("[cast]\nport = 70000\n", "cast.port"),
        ("[cast]\nscreen_index = -1\n", "cast.screen_index"),
        ("[cast]\nreceiver = 'x'\n", "cast.receiver"),
    ],
)
def test_wrong_settings_name_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert f"[{key}]" in str(err.value)


def test_broken_toml_names_the_file(tmp_path):
    path = write(tmp_path, "[court\nname = 1\n")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(path)


def test_config_env_pointing_nowhere_is_an_error(tmp_path, monkeypatch):
    monkeypatch.setenv("COURTDESK_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match="COURTDESK_CONFIG"):
        load_config()


def test_a_pause_of_0_leaves_lines_to_the_recognizer(tmp_path):
    assert load_config(write(tmp_path, "[speech]\npause_ms = 0\n")).pause_ms == 0
    assert load_config(write(tmp_path, "[speech]\npause_ms = 700\n")).pause_ms == 700


def test_the_template_names_every_key_the_loader_knows():
    import tomllib

    from courtdesk.app.config import KEYS

    template = tomllib.loads(TEMPLATE)
    assert {s: set(keys) for s, keys in template.items()} == KEYS


def _bad(value):
    """A value of the wrong kind for a setting whose template value is ``value``."""
    if isinstance(value, bool):
        return "'yes'"
    if isinstance(value, (int, list, dict)):
        return "'text'"
    return "12"


def _walk():
    import tomllib

    from courtdesk.app.config import KEYS

    template = tomllib.loads(TEMPLATE)
    for section, keys in sorted(KEYS.items()):
        for key in sorted(keys):
            yield f"[{section}]\n{key} = {_bad(template[section][key])}\n", f"{section}.{key}"
        yield f"[{section}]\nno_such_key = 1\n", f"{section}.no_such_key"
        yield f"{section} = 'a value where a table belongs'\n", section


@pytest.mark.parametrize(("text", "key"), list(_walk()))
def test_every_key_of_every_section_names_itself_when_wrong(tmp_path, text, key):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert f"[{key}]" in str(err.value)
    assert err.value.params["key"] == key


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("[speech]\nlanguage = 'zh_CN'\n", "speech.language"),
        ("[speech]\nlanguage = 'fr'\n", "speech.language"),
        ("[audio]\nmicrophones = { 1 = 5 }\n", "audio.microphones.1"),
        ("[audio]\nmicrophones = { one = 'judge' }\n", "audio.microphones.one"),
        ("[server]\nca_file = '/no/such/ca.pem'\n", "server.ca_file"),
        ("[signing]\ncourt_ca = '/no/such/ca.pem'\n", "signing.court_ca"),
        ("[signing]\ntsa_url = 'ftp://tsa'\n", "signing.tsa_url"),
        ("[signing]\npkcs11_module = '/etc/hostname'\n", "signing.pkcs11_module"),
        ("[speech]\nmodel_paths = ['/a', 3]\n", "speech.model_paths"),
        ("[cast]\nport = 0\n", "cast.port"),
        ("[cast]\nport = true\n", "cast.port"),
        ("top_level = 1\n", "top_level"),
    ],
)
def test_wrong_values_of_the_right_type_name_the_key(tmp_path, text, key):
    with pytest.raises(ConfigError) as err:
        load_config(write(tmp_path, text))
    assert f"[{key}]" in str(err.value)


def test_the_hearing_language_is_mandarin_unless_the_config_names_another(tmp_path):
    assert load_config(write(tmp_path, "[court]\nname = 'x'\n")).speech_language == "zh"
    assert load_config(write(tmp_path, "[speech]\nlanguage = 'ko'\n")).speech_language == "ko"
    assert load_config(write(tmp_path, TEMPLATE)).speech_language == "zh"
    # No machine config at all: not named (any installed model serves).
    assert load_config(tmp_path / "absent.toml").speech_language == ""
