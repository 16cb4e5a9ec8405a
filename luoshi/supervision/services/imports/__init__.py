"""Import with preview (导入预览): upload → what the engine read → correct → confirm.

``actions.imports.do_start_import`` stores the document (idempotent by its sha256) and builds an
``ImportBatch`` whose ``preview`` JSON holds what the engine read, by kind, one module each:

* ``plan``: a plan document (work report, decomposition table, any task list): its tasks; when a
  plan of the same year already comes from a document of the same kind, the differences against
  that plan (a corrected version); a person's corrections applied before confirming;
* ``progress``: a progress table for a chosen plan: its rows and the task each links to, with the
  confidence (sure / check / none) and the candidates; without a plan, a table stating its own
  tasks (拱墅) is read as a plan document;
* ``awards``: an award table: its honour rows with the organisation each names;
* ``preview``: which of these a batch's document gets; ``common``: what they share (background
  threshold, JSON, the units a preview names that the directory lacks).

Nothing but the document and the batch is stored before ``do_confirm_import``, which saves
everything in one transaction and records it in the audit log. Large files are read by a
background job (``luoshi.supervision.tasks``) that updates ``done``/``total`` as it goes; so is the
confirm of a preview of many rows (``confirm_import``: the request stores the decision and queues it).

The names below are the package's face for actions and views.
"""

from .awards import awards_preview
from .common import (
    DEFAULT_BACKGROUND_BYTES,
    DEFAULT_CONFIRM_BACKGROUND_ROWS,
    FREQUENCIES,
    background_bytes,
    confirm_background_rows,
    correction_reason,
    directory_names,
    json_safe,
    new_units,
    orgnames_of,
    unknown_in,
)
from .plan import (
    MAX_TEXT,
    SIMILAR,
    confirm_year,
    corrected,
    corrections_by_task,
    file_facts,
    file_version,
    free_code,
    imported_codes,
    names_of,
    plan_diff,
    plan_preview,
    task_from_json,
    task_json,
)
from .preview import preview_of
from .progress import LINK_CHUNK, progress_preview, progress_rows, progress_unit_names

__all__ = [
    "DEFAULT_BACKGROUND_BYTES", "DEFAULT_CONFIRM_BACKGROUND_ROWS", "FREQUENCIES", "LINK_CHUNK", "MAX_TEXT",
    "SIMILAR", "awards_preview", "background_bytes", "confirm_background_rows", "confirm_year", "corrected", "correction_reason",
    "corrections_by_task", "directory_names", "file_facts", "file_version", "free_code", "imported_codes", "json_safe", "names_of", "new_units",
    "orgnames_of", "plan_diff", "plan_preview", "preview_of", "progress_preview", "progress_rows",
    "progress_unit_names", "task_from_json", "task_json", "unknown_in",
]
