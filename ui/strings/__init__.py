"""The string catalog, one module per part of the app, each `STRINGS = {key: {"es": ..., "en": ...}}`.

`ui.i18n.CATALOG` merges every module here into one catalog; a key may be defined once only. Keys are
namespaced by module (`unroll.title`). Texts may hold `{name}` placeholders, the same in both languages.
"""
