#!/usr/bin/env python3
"""Makes the ID-based translation files of the core's messages from their catalogue.

The core's messages are defined once, in core/base/messagecatalog.h (TK_MESSAGE( Code, "id", "English" ),
with a //! comment above an entry as a note for translators). lupdate cannot see them, so this script writes
resources/translations/coremessages_<lang>.ts: one message per id, its English as the source, the note as an
extra comment, and the translation kept from the file as it was. A translation whose English changed since it
was made is marked unfinished, so it is checked before it is used (lrelease -nounfinished leaves it out and the
app shows the English meanwhile); ids no longer in the catalogue are dropped. `ninja update_translations` runs
it; it can also be run by hand from anywhere:

  scripts/update-core-messages.py [--check] [LANG ...]        (default: sv)

--check changes nothing and fails when a file is not up to date or has unfinished or missing translations.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CATALOGUE = os.path.join(ROOT, "core", "base", "messagecatalog.h")
TS_DIR = os.path.join(ROOT, "resources", "translations")
LANGUAGES = {"sv": "sv_SE"}


def c_string(literal):
    """The value of one C string literal's body (without its quotes)."""
    out = []
    i = 0
    while i < len(literal):
        c = literal[i]
        if c != "\\":
            out.append(c)
            i += 1
            continue
        e = literal[i + 1]
        if e == "u":
            out.append(chr(int(literal[i + 2:i + 6], 16)))
            i += 6
        elif e == "n":
            out.append("\n")
            i += 2
        elif e == "t":
            out.append("\t")
            i += 2
        else:  # \" \\ \'
            out.append(e)
            i += 2
    return "".join(out)


def read_catalogue():
    """[(code, id, english, note)] in the catalogue's order."""
    text = open(CATALOGUE, encoding="utf-8").read()
    entries = []
    note = []
    pending = None
    for line in text.splitlines():
        stripped = line.strip()
        if pending is not None:
            pending += " " + stripped
        elif stripped.startswith("//!"):
            note.append(stripped[3:].strip())
            continue
        elif stripped.startswith("TK_MESSAGE("):
            pending = stripped
        else:
            if not stripped.startswith("//"):
                note = []
            continue
        if not pending.rstrip().endswith(")"):
            continue
        match = re.fullmatch(r'TK_MESSAGE\(\s*(\w+)\s*,\s*"([^"]+)"\s*,\s*(.*)\)', pending.strip())
        if not match:
            sys.exit(f"{CATALOGUE}: cannot read the entry {pending}")
        literals = re.findall(r'"((?:[^"\\]|\\.)*)"', match.group(3))
        english = "".join(c_string(l) for l in literals)
        entries.append((match.group(1), match.group(2), english, " ".join(note)))
        note = []
        pending = None
    ids = [e[1] for e in entries]
    duplicates = {i for i in ids if ids.count(i) > 1}
    if duplicates:
        sys.exit(f"{CATALOGUE}: ids used twice: {', '.join(sorted(duplicates))}")
    return entries


def read_ts(path):
    """id -> (source, translation, unfinished) of an existing file."""
    if not os.path.exists(path):
        return {}
    known = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        known[message.get("id")] = (
            message.findtext("source") or "",
            (translation.text or "") if translation is not None else "",
            translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"),
        )
    return known


def escape(text):
    return (text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def render(language, entries, known):
    lines = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
             f'<TS version="2.1" language="{LANGUAGES[language]}">',
             "<!-- Made by scripts/update-core-messages.py from core/base/messagecatalog.h: edit the"
             " translations here, the English there. -->",
             "<context>", "    <name></name>"]
    for code, message_id, english, note in entries:
        source, translation, unfinished = known.get(message_id, ("", "", True))
        if source != english:
            unfinished = True
        lines.append(f'    <message id="{escape(message_id)}">')
        lines.append(f"        <source>{escape(english)}</source>")
        if note:
            lines.append(f"        <extracomment>{escape(note)}</extracomment>")
        attribute = ' type="unfinished"' if unfinished or not translation else ""
        lines.append(f"        <translation{attribute}>{escape(translation)}</translation>")
        lines.append("    </message>")
    lines += ["</context>", "</TS>", ""]
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    check = "--check" in args
    languages = [a for a in args if not a.startswith("--")] or ["sv"]
    entries = read_catalogue()
    failed = False
    for language in languages:
        if language not in LANGUAGES:
            sys.exit(f"unknown language {language}; known: {', '.join(LANGUAGES)}")
        path = os.path.join(TS_DIR, f"coremessages_{language}.ts")
        known = read_ts(path)
        text = render(language, entries, known)
        old = open(path, encoding="utf-8").read() if os.path.exists(path) else None
        todo = [message_id for _, message_id, english, _ in entries
                if message_id not in known or known[message_id][2] or not known[message_id][1]
                or known[message_id][0] != english]
        if check:
            if old != text:
                print(f"{path} is not up to date with the catalogue: run {sys.argv[0]}")
                failed = True
            if todo:
                print(f"{path}: {len(todo)} translations to do: {', '.join(todo)}")
                failed = True
            continue
        if old != text:
            with open(path, "w", encoding="utf-8") as f:
                f.write(text)
        print(f"{os.path.relpath(path, ROOT)}: {len(entries)} messages, {len(todo)} to translate")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
