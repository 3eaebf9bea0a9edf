"""Checks shared by the translation tests of each language."""

from __future__ import annotations

import re


def algorithm_classes():
    """Every algorithm class of the provider."""
    from kz_innovation_plugin.processing_provider.algorithms import ALGORITHMS

    return ALGORITHMS


def assert_algorithms_translated(name_letters: re.Pattern, script: re.Pattern) -> list:
    """Assert every algorithm's name has ``name_letters`` and its group, parameter and output
    labels are written in ``script``; return the initialised algorithms."""
    algorithms = []
    for algorithm_class in algorithm_classes():
        algorithm = algorithm_class()
        algorithm.initAlgorithm()
        assert name_letters.search(algorithm.displayName()), algorithm.name()
        assert script.search(algorithm.group()), algorithm.name()
        descriptions = [parameter.description() for parameter in algorithm.parameterDefinitions()]
        descriptions += [output.description() for output in algorithm.outputDefinitions()]
        untranslated = [text for text in descriptions if not script.search(text)]
        assert not untranslated, f"{algorithm.name()}: {untranslated}"
        algorithms.append(algorithm)
    return algorithms


def assert_messages_complete(messages, context: str, placeholder: re.Pattern,
                             is_translated, language: str) -> None:
    """Assert every ``(context, source, translation)`` of a .ts is in ``context``, finished,
    not empty, written in ``language`` (``is_translated(text)``) and keeps the placeholders
    ``placeholder`` finds in its source."""
    for message_context, source, translation in messages:
        assert message_context == context, f"{source!r} is in context {message_context!r}"
        assert translation is not None and translation.get("type") is None, (
            f"unfinished: {source!r}")
        text = translation.text or ""
        assert text.strip(), f"empty translation: {source!r}"
        assert is_translated(text), f"not {language}: {source!r} -> {text!r}"
        assert sorted(placeholder.findall(text)) == sorted(placeholder.findall(source)), (
            f"placeholders differ: {source!r} -> {text!r}")
