"""The loading service: the one way data gets in. It checks a file (or rows typed into the
app), loads it all-or-nothing, replaces per kind and period, undoes, suggests the period,
writes the templates and names the kinds.

It composes ingest (pure: bytes -> validated tables and problems) and the store (persistence
only); the command line, the ui and the pages call it, never ingest or the store's uploads and
plans.

- `kinds`: the kinds of upload, their names and the period each one is for;
- `check`: read and validate without writing (the verdict the coordinator sees first);
- `uploads`: load (one transaction, conflicts told), undo, the upload history;
- `assistant`: the import assistant (a file's layout, suggested field per column, a saved
  mapping that fits, whether a mapping step is needed; the command line's choices);
- `mappings`: saved column mappings (save, list, rename, delete, find), each change audited;
- `trace`: where each stored field came from and the values as typed (stored with the load);
- `plans`: country plans typed into the app, saved as data through the same check, and the
  country of a calendar place;
- `yardstick`: scored opportunities, later decisions and links, the questions' weights;
- `templates`: the empty (or filled) workbooks the coordinators fill in;
- `settings`: the coordinator's edits of reference data and settings (targets, budget, focus).
"""
