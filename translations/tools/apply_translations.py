#!/usr/bin/env python3
"""Fill translations in a Qt .ts file from a TSV file (developer tool).

Usage: apply_translations.py translations/pitchside_fr.ts strings.tsv

Each TSV line: context<TAB>source<TAB>translation  (\\n and \\t escaped).
For numerus messages (source contains %n) give the forms separated by
" || " (French: singular || plural). Only messages present in the .ts
(i.e. after lupdate) are filled; unknown lines are reported.

Run lupdate and this script under the same lock, since several people may
update the files:  flock /tmp/pitchside-ts.lock sh -c '...'
"""
import sys
import xml.etree.ElementTree as ET


def unescape(s):
    return s.replace("\\n", "\n").replace("\\t", "\t")


def main():
    ts_path, tsv_path = sys.argv[1], sys.argv[2]
    wanted = {}
    with open(tsv_path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 3:
                print("bad line:", line, file=sys.stderr)
                continue
            ctx, src, tr = (unescape(p) for p in parts)
            wanted[(ctx, src)] = tr
    tree = ET.parse(ts_path)
    used = set()
    for context in tree.getroot().findall("context"):
        name = context.findtext("name")
        for message in context.findall("message"):
            key = (name, message.findtext("source"))
            if key not in wanted:
                continue
            used.add(key)
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.text = None
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                for form in wanted[key].split(" || "):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = wanted[key]
    for key in wanted.keys() - used:
        print("not in .ts (run lupdate first?):", key, file=sys.stderr)
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)


if __name__ == "__main__":
    main()
