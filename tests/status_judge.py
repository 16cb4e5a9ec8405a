"""One progress row judged against a task given as text, as the status rule tests ask it."""

from luoshi.engine.assess import assess_row
from luoshi.engine.indicators import parse
from luoshi.engine.judgement import Task
from luoshi.engine.progress import parse_row


def judge(task_text, progress, as_of):
    indicators, milestones = parse(task_text)
    task = Task(id="T1", source={}, text=task_text, indicators=indicators, milestones=milestones)
    return assess_row(parse_row(progress, task=task_text), task, as_of)
