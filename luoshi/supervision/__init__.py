"""The supervision cycle (督查): plans, tasks, reporting periods, submissions,
review, assessments, bulletins, 督办 orders, reminders and the year-end
assessment, around the engine's reading and judging."""
