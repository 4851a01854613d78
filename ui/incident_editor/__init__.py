"""The incident editor: one window per incident, a form over the incident JSON contract.

editor: the window and its pages; form, summary, saving, attachments: the window's mixins
(change tracking and validation, what partners see, the store round trips, attachments);
rows: the form's lists; fields: inputs and their JSON values; undo: undo commands;
work: what runs on the store worker.
"""

from ui.incident_editor.editor import IncidentEditor
from ui.incident_editor.fields import field_path

__all__ = ["IncidentEditor", "field_path"]
