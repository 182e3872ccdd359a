"""Plain-Python coercion for simple options, so a run never imports pydantic (~60 ms here).

Typer 0.2x coerces every parameter through a pydantic TypeAdapter, built on first use. For the
types magadvise's options use (text, lists of text, whole and decimal numbers with optional
bounds) the same checks take a few lines; the error messages are pydantic's own wording, so
nothing a user sees changes. Anything else (enums, paths, clamped ranges, custom parsers) and
any Typer without this machinery is left exactly as Typer made it.
"""

from __future__ import annotations

from typing import Any

from typer import _click
from typer._click.exceptions import BadParameter
from typer._coercion import RuntimeParam  # an ImportError here means: leave Typer alone


def install(command: _click.Command, help_names: list[str] | None = None) -> None:
    """Give every simple parameter of ``command`` and its subcommands a plain coercer.

    ``help_names`` are the app's help options: each command's help flag is made now, as
    Click would make it on first use, so that it gets a plain coercer too.
    """
    names = help_names or list(command.context_settings.get("help_option_names", ["--help"]))
    params = list(command.params)
    help_option = command.get_help_option(_click.Context(command, help_option_names=names))
    if help_option is not None:
        params.append(help_option)
    for param in params:
        coercer = _coercer_for(param)
        if coercer is not None:
            param._runtime_param = coercer  # type: ignore[attr-defined]
    subcommands = getattr(command, "commands", None)
    if isinstance(subcommands, dict):
        for sub in subcommands.values():
            install(sub, names)


def _coercer_for(param: _click.Parameter) -> Any:
    descriptor = getattr(param, "type_descriptor", None)
    if descriptor is None or getattr(param, "_runtime_param", False) is not None:
        return None
    info = descriptor.parameter_info
    if info.parser is not None or getattr(info, "clamp", False) or descriptor.is_choice:
        return None
    annotation = descriptor.annotation
    if annotation == list[str]:
        return _Texts(parameter_info=info, annotation=annotation)
    if annotation is str:
        return _Text(parameter_info=info, annotation=annotation)
    if annotation is bool:
        return _Flag(parameter_info=info, annotation=annotation)
    if annotation in (int, float):
        return _Number(parameter_info=info, annotation=annotation)
    return None


# Subclasses of Typer's frozen dataclass, without @dataclass: they add no fields, and each
# @dataclass would cost ~0.4 ms of start-up.


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        import os

        return os.fsdecode(value)
    return str(value)


class _Text(RuntimeParam):
    """One piece of text."""

    def _coerce_value(self, value: Any, param: Any, ctx: _click.Context) -> Any:
        return _text(value)


class _Flag(RuntimeParam):
    """A flag: true or false (from the command line, or text from an environment variable)."""

    def _coerce_value(self, value: Any, param: Any, ctx: _click.Context) -> Any:
        if isinstance(value, bool):
            return value
        word = _text(value).strip().lower()
        if word in ("1", "true", "t", "yes", "y", "on"):
            return True
        if word in ("0", "false", "f", "no", "n", "off"):
            return False
        message = "Input should be a valid boolean, unable to interpret input"
        raise BadParameter(message, ctx=ctx, param=param)


class _Texts(RuntimeParam):
    """A repeatable option's values."""

    def _coerce_value(self, value: Any, param: Any, ctx: _click.Context) -> Any:
        items = value if isinstance(value, list | tuple) else [value]
        return [_text(item) for item in items]


class _Number(RuntimeParam):
    """An int or float, within the option's min and max."""

    def _coerce_value(self, value: Any, param: Any, ctx: _click.Context) -> Any:
        whole = self.annotation is int
        try:
            if isinstance(value, bool):
                raise ValueError(value)
            number: float = int(value) if whole else float(value)
        except (TypeError, ValueError):
            kind = "a valid integer" if whole else "a valid number"
            what = "an integer" if whole else "a number"
            message = f"Input should be {kind}, unable to parse string as {what}"
            raise BadParameter(message, ctx=ctx, param=param) from None
        if number != number:
            raise BadParameter("Input should be a finite number", ctx=ctx, param=param)
        low, high = self.parameter_info.min, self.parameter_info.max
        if low is not None and number < low:
            message = f"Input should be greater than or equal to {low}"
            raise BadParameter(message, ctx=ctx, param=param)
        if high is not None and number > high:
            message = f"Input should be less than or equal to {high}"
            raise BadParameter(message, ctx=ctx, param=param)
        return number
