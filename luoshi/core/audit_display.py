"""The audit log as a person reads it (审计日志): action names and detail keys in words.

The stored event stays exactly as recorded (its hash covers it); this module only
labels it for the page.  An action or key without a label is shown as recorded.
"""

from __future__ import annotations

import json

from django.utils.translation import gettext_lazy as _

ACTION_LABELS = {
    "auth.login": _("登录"), "auth.logout": _("退出登录"), "auth.login_failed": _("登录失败"),
    "auth.lockout": _("登录锁定"), "access.denied": _("拒绝访问"), "export.download": _("下载导出"),
    "assessment.override": _("人工研判"), "bulletin.create": _("起草通报"), "bulletin.publish": _("发布通报"),
    "bulletin.update": _("修改通报"), "demo.seed_today": _("生成演示数据"), "document.import": _("导入文件"),
    "honour.import": _("导入荣誉"), "instruction.give": _("领导批示"), "import.cancel": _("取消导入"), "import.confirm": _("确认导入"),
    "import.start": _("开始导入"), "order.answer": _("反馈督办"), "order.close": _("办结督办"),
    "order.escalate": _("升级督办"), "notification.read": _("提醒标为已读"),
    "notification.read_all": _("提醒全部标为已读"), "order.issue": _("下达督办"), "order.return": _("退回督办反馈"),
    "organisation.alias_add": _("添加单位别名"), "organisation.create": _("新建单位"),
    "period.close": _("关闭报送周期"), "period.create": _("新建报送周期"), "plan.correct": _("更正计划"),
    "plan.create": _("新建年度计划"), "progress.import": _("导入进展"), "reminders.send": _("发送提醒"),
    "statistics.assess": _("按统计数据研判"), "statistics.enter": _("录入统计数据"), "statistics.lock": _("锁定统计数据"), "statistics.metric_define": _("设置统计指标"),
    "statistics.metric_withdraw": _("停用统计指标"),
    "submission.accept": _("采纳报送"), "submission.draft": _("保存草稿"), "submission.edit": _("修改草稿"),
    "submission.return": _("退回报送"), "submission.submit_for_signoff": _("提交负责人审签"),
    "submission.sign_off": _("负责人审签通过"), "submission.signoff_return": _("负责人审签退回"),
    "signoff.setting": _("审签设置"), "submission.submit": _("提交报送"), "task.create": _("新增任务"),
    "task.target_change": _("调整目标"), "task.units_assign": _("指定责任单位"), "task.units_change": _("变更责任单位"),
    "task.withdraw": _("撤销任务"), "user.activate": _("启用账号"), "user.change": _("修改账号"),
    "user.create": _("新建账号"), "user.create_demo": _("创建演示账号"), "user.deactivate": _("停用账号"),
    "user.password_change": _("修改密码"), "user.password_reset": _("重置密码"),
    "warning_rule.create": _("新增预警规则"), "warning_rule.update": _("修改预警规则"),
    "yearend.compute": _("计算年终考核"), "yearend.scheme_create": _("新建考核办法"), "yearend.scheme_update": _("修改考核办法"), "yearend.verify": _("核验上年目标"),
    "assessment.confirm": _("确认研判"), "demo.seed": _("生成演示计划"), "export.complete": _("后台导出完成"),
    "export.expire": _("导出文件过期删除"), "export.fail": _("后台导出失败"), "export.request": _("申请后台导出"),
    "import.confirm_fail": _("确认导入失败"), "import.confirm_queue": _("确认导入（后台处理）"),
    "import.fail": _("导入文件读取失败"), "import.kind": _("更改文件类别"), "import.preview": _("生成导入预览"),
    "import.read": _("读取导入文件"), "job.lost": _("后台任务中断"), "override.keep": _("保留人工研判"),
    "override.set_aside": _("不再采用人工研判"), "period.reopen": _("重新开放报送周期"), "period.restore": _("恢复报送周期"),
    "period.withdraw": _("撤销报送周期"), "plan.restore": _("恢复年度计划"), "plan.withdraw": _("撤销年度计划"),
    "release.publish": _("发布公开进展"), "release.withdraw": _("撤回公开进展"), "statistics.unlock": _("解锁统计数据"),
    "task.edit": _("调整任务"), "task.restore": _("恢复任务"), "task.split": _("拆分任务"),
}

OBJECT_LABELS = {
    "session": _("会话"),
    "submission": _("报送"), "task": _("任务"), "plan": _("计划"), "reportingperiod": _("报送周期"),
    "supervisionorder": _("督办单"), "bulletin": _("通报"), "organisation": _("单位"), "user": _("账号"),
    "sourcedocument": _("文件"), "assessment": _("研判"), "warningrule": _("预警规则"),
    "statisticfigure": _("统计数据"), "statisticmetric": _("统计指标"), "instruction": _("领导批示"), "importbatch": _("导入"), "scoringscheme": _("考核办法"),
}

KEY_LABELS = {
    "ip": _("地址"), "path": _("页面"), "method": _("请求方式"), "disposition": _("文件"),
    "name": _("名称"), "period": _("周期"), "title": _("标题"), "task": _("任务"), "plan": _("计划"),
    "kind": _("类别"), "tasks": _("任务数"), "number": _("编号"), "version": _("版本"), "text": _("内容"),
    "code": _("编号"), "status": _("状态"), "score": _("得分"), "reason": _("理由"), "year": _("年度"),
    "document": _("文件"), "late": _("逾期"), "deadline": _("期限"), "username": _("用户名"),
    "comment": _("意见"), "before": _("修改前"), "after": _("修改后"), "value": _("数值"), "unit": _("单位"),
    "lead": _("牵头单位"), "cooperating": _("配合单位"), "organisation": _("单位"), "metric": _("指标"),
    "requirement": _("督办要求"), "measures": _("整改措施"), "old": _("原内容"), "narrative": _("进展情况"),
    "figures": _("数据"), "attachments": _("附件"), "supersedes": _("取代"), "assessment": _("研判"),
    "role": _("角色"), "rows": _("行数"), "submissions": _("报送数"), "start": _("开始"), "end": _("截止统计日"),
    "today": _("日期"), "periods": _("周期"), "completion_pct": _("完成度"), "colour": _("颜色"),
    "statuses": _("状态"), "min_gap": _("落后百分点"), "active": _("启用"), "alias": _("别名"),
    "changed": _("修改项"), "indicators_before": _("原量化指标"), "indicators_after": _("新量化指标"),
    # a verdict confirmed or overridden (assessment.confirm, assessment.override): the engine's account of it
    "engine_status": _("引擎研判"), "basis": _("依据类型"), "confidence": _("置信度"), "flags": _("提示"),
    "rule": _("判定规则"), "note": _("说明"),
}

MAX_VALUE = 300


def action_label(action: str) -> str:
    return str(ACTION_LABELS.get(action, action))


def object_label(object_type: str) -> str:
    return str(OBJECT_LABELS.get((object_type or "").lower().rsplit(".", 1)[-1], object_type))


def _value(v) -> str:
    if isinstance(v, bool):
        return "是" if v else "否"
    if v is None or v == "":
        return "—"
    if isinstance(v, list | tuple):
        text = "、".join(_value(x) for x in v) if all(not isinstance(x, dict | list) for x in v) else json.dumps(
            v, ensure_ascii=False)
    elif isinstance(v, dict):
        text = "；".join(f"{KEY_LABELS.get(k, k)}：{_value(x)}" for k, x in v.items())
    else:
        text = str(v)
    return text if len(text) <= MAX_VALUE else text[:MAX_VALUE] + "…"


def detail_rows(detail) -> list[tuple[str, str]]:
    """[(label, value)] of an event's detail, in the order recorded."""
    if not isinstance(detail, dict):
        return [("", _value(detail))]
    return [(str(KEY_LABELS.get(k, k)), _value(v)) for k, v in detail.items()]
