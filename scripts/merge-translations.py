#!/usr/bin/env python3
"""Fills unfinished Swedish translations in resources/translations/tryggkarta_sv.ts from TSV files
(Context<TAB>English source<TAB>Swedish; for %n plurals the Swedish is 'singular||plural'), and lists what is
still untranslated. Run after `cmake --build build --target update_translations`.

  scripts/merge-translations.py FILE.tsv [FILE.tsv ...] [--list]
"""
import sys
import xml.etree.ElementTree as ET

ts_path = "resources/translations/tryggkarta_sv.ts"


def unescape(text):
    return text.replace("\\n", "\n").replace("\\t", "\t")


def main():
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
