"""`voice-studio`: the studio's command line twin, over the same workspace and flows the GUI uses.

With no verb (or `gui`) it opens the desktop app. Exit codes: 0 ok, 1 the operation failed or a
check found errors, 2 usage error. Verbs are registered by name and their module is imported only
when that verb runs (or its help is asked for), so `--version` and `--help` answer at once; Qt is
imported only for `gui`.
"""

from __future__ import annotations

import argparse
import importlib
import logging
import os
import sys
import threading
from collections.abc import Sequence

from studio import __version__

log = logging.getLogger(__name__)

# verb → (module, help)
VERBS: dict[str, tuple[str, str]] = {
    "record": ("studio.commands.record", "record a take from an input device"),
    "takes": ("studio.commands.takes", "list takes, import audio files as takes, recover unfinished ones"),
    "check": ("studio.commands.check", "validate audio files against each provider's rules"),
    "fix": ("studio.commands.fix", "write a fixed copy of a sample (convert, trim, normalise, best window)"),
    "voices": ("studio.commands.voices", "list, create, show, update or delete voices"),
    "synth": ("studio.commands.synth", "synthesize speech with a voice"),
    "train": ("studio.commands.train", "start a training job from recordings"),
    "jobs": ("studio.commands.jobs", "list, show, cancel or delete training and generate jobs"),
    "gui": ("", "open the desktop studio (the default with no verb)"),
}


def _verb_in(argv: Sequence[str]) -> str | None:
    """The verb on a command line: the first word that is not an option."""
    return next((a for a in argv if not a.startswith("-")), None)


def build_parser(verb: str | None = None) -> argparse.ArgumentParser:
    """The parser; only `verb`'s module is imported to describe its arguments (every verb's when
    `verb` is "*", for tools that list everything)."""
    parser = argparse.ArgumentParser(
        prog="voice-studio",
        description="Voice Studio: record, validate, clone and audition voices.",
        epilog="Run without a verb to open the desktop studio. `voice-studio VERB --help` describes a verb. "
        "Data lives under VOICE_STUDIO_HOME (default: the platform data folder).",
    )
    parser.add_argument("--version", action="version", version=f"voice-studio {__version__}")
    parser.add_argument("--json", action="store_true", help="print machine-readable JSON")
    sub = parser.add_subparsers(dest="verb", metavar="VERB")
    for name, (module_name, help_text) in VERBS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.add_argument("--json", action="store_true", default=argparse.SUPPRESS,
                       help="print machine-readable JSON")
        if module_name and verb in (name, "*"):
            try:
                module = importlib.import_module(module_name)
            except ImportError as exc:
                p.set_defaults(_unavailable=str(exc))
                continue
            module.add_arguments(p)
            p.set_defaults(_module=module)
    return parser


def _language() -> str:
    from studio.i18n import system_language

    return system_language()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser(_verb_in(argv)).parse_args(argv)
    if args.verb in (None, "gui"):
        from studio.app import main as gui_main

        return gui_main()
    if getattr(args, "_unavailable", None):
        print(f"voice-studio {args.verb}: not available: {args._unavailable}", file=sys.stderr)
        return 1
    from studio import logsetup
    from studio.errors import StudioError, as_studio_error

    logsetup.configure(stderr_level=logging.ERROR)
    ws = None
    # a verb that reads no library or account (check) is spared opening them: the keyring alone costs 0.1 s
    if getattr(args._module, "USES_WORKSPACE", True):
        from studio.workspace import Workspace

        ws = Workspace()
    try:
        code: int = args._module.run(args, ws)
        global _quick_exit
        _quick_exit = ws is None and getattr(args._module, "QUICK_EXIT", False)
        return code
    except StudioError as exc:
        print(exc.user_message(_language()), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("cancelled", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader stopped reading (`| head`): no error to report, and none at exit
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 1
    except Exception as exc:  # an unexpected failure still ends with a clear line and a log entry
        log.exception("command %s failed", args.verb)
        print(as_studio_error(exc).user_message(_language()), file=sys.stderr)
        return 1
    finally:
        if ws is not None:
            ws.close()


_quick_exit = False  # set by main() when the verb ran to its end and left nothing to tidy up


def entry() -> None:
    """What the installed commands run: `main()`, then, after a verb that opened nothing (check), an exit
    without the interpreter's own teardown — its freeing of every module and array is a twentieth of a
    `check`. Output and the log are flushed first; any other thread still running means the normal exit."""
    code = main()
    if _quick_exit and threading.active_count() == 1:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except OSError:  # a reader that went away (`| head`): nothing more can be shown anyway
            pass
        logging.shutdown()
        os._exit(code)
    sys.exit(code)


if __name__ == "__main__":
    entry()
