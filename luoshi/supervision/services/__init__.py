"""Services of the supervision cycle: the rules between views and the engine.

One module per concern: ``plans`` (tasks, periods, progress, assessments from
documents), and beside it import preview, review, dashboard figures, exports,
bulletins, warning lights, 督办 orders, reminders, statistics and the
year-end assessment.
"""
