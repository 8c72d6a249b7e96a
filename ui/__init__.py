"""The app's frame: language, URL state, sidebar and safe display helpers shared by every page."""
