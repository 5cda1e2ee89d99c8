#!/usr/bin/env python3
"""Fills unfinished translations in a .ts file (by default resources/translations/tryggkarta_sv.ts) from TSV
files (Context<TAB>English source<TAB>translation; for %n plurals 'singular||plural'), or from an earlier
version of a .ts file (--carry OLD.ts: a text that moved to another class keeps its translation), and lists
what is still untranslated. Run after `cmake --build build --target update_translations`.

  scripts/merge-translations.py [--ts FILE.ts] [--carry OLD.ts] [FILE.tsv ...] [--list]
"""
import sys
import xml.etree.ElementTree as ET

ts_path = "resources/translations/tryggkarta_sv.ts"


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def option(name):
    if name in sys.argv:
        index = sys.argv.index(name)
        value = sys.argv[index + 1]
        del sys.argv[index : index + 2]
        return value
    return None


def carried(old_path):
    """(context, source) -> translation forms of every finished message of an earlier .ts file, and the same
    by source alone where all contexts agree."""
    by_context, by_source, ambiguous = {}, {}, set()
    for context in ET.parse(old_path).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if message.get("numerus") == "yes" else [translation.text or ""]
            if not any(forms):
                continue
            key = (message.findtext("source"), message.findtext("comment") or "", message.get("numerus") == "yes")
            by_context[(name,) + key] = forms
            if key in by_source and by_source[key] != forms:
                ambiguous.add(key)
            by_source.setdefault(key, forms)
    for key in ambiguous:
        del by_source[key]
    return by_context, by_source


def main():
    global ts_path
    ts_path = option("--ts") or ts_path
    carry = option("--carry")
    carried_context, carried_source = carried(carry) if carry else ({}, {})
    files = [a for a in sys.argv[1:] if not a.startswith("--")]
    pending = {}
    for path in files:
        with open(path, encoding="utf-8") as f:
            for number, line in enumerate(f, 1):
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"{path}:{number}: expected 3 tab-separated columns, found {len(parts)}")
                context, source, swedish = (unescape(p) for p in parts)
                pending[(context, source)] = swedish
    tree = ET.parse(ts_path)
    filled = 0
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            unfinished = translation.get("type") == "unfinished" or not (translation.text or "").strip() and not list(translation)
            if not unfinished:
                continue
            swedish = pending.get((name, source))
            key = (source, message.findtext("comment") or "", message.get("numerus") == "yes")
            old = carried_context.get((name,) + key) or carried_source.get(key)
            if swedish is None and old is not None:
                swedish = "||".join(old)
            if swedish is None:
                missing.append((name, source))
                continue
            if message.get("numerus") == "yes":
                forms = swedish.split("||")
                if len(forms) == 1:
                    forms = forms * 2
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = swedish
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    print(f"filled {filled}; still untranslated {len(missing)}")
    if "--list" in sys.argv:
        for name, source in missing:
            print(f"{name}\t{source!r}")


main()
