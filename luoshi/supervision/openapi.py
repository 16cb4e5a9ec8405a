"""The OpenAPI 3.1 document of the JSON API (接口文档), built in code.

Kept beside the views (``api.py``) and checked by a test: every URL pattern
of ``urls/api.py`` is documented and every documented path resolves.
"""

from __future__ import annotations

from functools import cache

from .models import STATUS_ORDER
from .services.api import DEFAULT_LIMIT, MAX_LIMIT, NO_STATUS

SUBMISSION_STATES = ["draft", "signoff", "submitted", "returned", "accepted"]


def _ref(name: str) -> dict:
    return {"$ref": f"#/components/schemas/{name}"}


def _nullable(schema: dict) -> dict:
    return {"oneOf": [schema, {"type": "null"}]}


def _obj(props: dict, required: list[str] | None = None, description: str = "") -> dict:
    out = {"type": "object", "properties": props, "required": required if required is not None else list(props)}
    if description:
        out["description"] = description
    return out


def _list_of(name: str, paged: bool = False, extra: dict | None = None) -> dict:
    props = {"count": {"type": "integer", "description": "总数"}}
    if paged:
        props["limit"] = {"type": "integer"}
        props["offset"] = {"type": "integer"}
    props.update(extra or {})
    props["results"] = {"type": "array", "items": _ref(name)}
    return _obj(props)


STR = {"type": "string"}
INT = {"type": "integer"}
NUM = {"type": "number"}
BOOL = {"type": "boolean"}
DATE = {"type": "string", "format": "date"}
DATETIME = {"type": "string", "format": "date-time"}
STATUS = {"type": "string", "enum": STATUS_ORDER,
          "description": "completed 已完成 / ahead 超进度 / on_track 达进度 / behind 欠进度 / "
                         "seriously_behind 严重滞后 / not_started 未启动 / unclear 无法判断"}

SCHEMAS = {
    "Error": _obj({"error": {"type": "string", "description": "中文错误信息"}}, ["error"]),
    "OrgRef": _obj({"id": INT, "name": STR}),
    "PeriodRef": _obj({"id": INT, "name": STR}),
    "Plan": _obj({"id": INT, "year": INT, "title": STR, "organisation": _nullable(_ref("OrgRef")),
                  "task_count": {"type": "integer", "description": "当前用户可见的任务数"},
                  "created_at": DATETIME}),
    "Part": _obj({"id": INT, "title": STR, "parent": _nullable(INT), "order": INT, "weight": NUM,
                  "task_count": INT}),
    "PlanDetail": {"allOf": [_ref("Plan"), _obj({
        "parts": {"type": "array", "items": _ref("Part")},
        "periods": {"type": "array", "items": _ref("Period")},
        "documents": {"type": "array", "items": _obj({"id": INT, "name": STR, "kind": STR})}})]},
    "Period": _obj({"id": INT, "plan": INT, "name": STR,
                    "frequency": {"type": "string", "enum": ["monthly", "quarterly", "half_yearly", "yearly"]},
                    "frequency_label": STR, "start": DATE, "end": DATE, "deadline": DATE, "closed": BOOL}),
    "Status": _obj({"assessment": INT, "period": _ref("PeriodRef"), "status": STATUS, "status_label": STR,
                    "engine_status": STATUS, "overridden": BOOL,
                    "completion_pct": _nullable(NUM), "expected_pct": _nullable(NUM)},
                   description="最新研判（人工研判优先）"),
    "Progress": _obj({"submission": INT, "period": _ref("PeriodRef"), "organisation": _ref("OrgRef"),
                      "narrative": STR, "version": INT}, description="最新已采纳的进展"),
    "Task": _obj({
        "id": INT, "plan": INT, "code": STR, "name": STR, "text": STR,
        "kind": {"type": "string", "enum": ["task", "expected_target", "livelihood"]},
        "part": _nullable(_obj({"id": INT, "title": STR, "parent": _nullable(INT)})),
        "target_class": {"type": "string", "enum": ["", "A", "B", "C"]},
        "lead": {"type": "array", "items": _ref("OrgRef")},
        "cooperating": {"type": "array", "items": _ref("OrgRef")},
        "deadline": _nullable(DATE), "deadline_text": STR, "published": BOOL,
        "status": _nullable(_ref("Status")), "latest_progress": _nullable(_ref("Progress"))}),
    "Indicator": _obj({"id": INT, "metric": STR, "value": _nullable(NUM), "value_high": _nullable(NUM),
                       "unit": STR, "scale": STR,
                       "comparator": STR, "kind": STR, "qualifier": STR, "cumulative": BOOL, "stretch": BOOL,
                       "text": STR, "statistical": BOOL}),
    "TargetVersion": _obj({"version": INT, "text": STR, "milestones": {"type": "array", "items": {"type": "object"}},
                           "reason": STR, "created_at": DATETIME,
                           "indicators": {"type": "array", "items": _ref("Indicator")}}),
    "Evidence": _obj({"text": STR, "start": INT, "end": INT, "source": STR}, ["text"]),
    "Assessment": _obj({
        "id": INT, "task": _obj({"id": INT, "code": STR}), "period": _ref("PeriodRef"),
        "submission": _nullable(INT), "status": STATUS, "status_label": STR, "engine_status": STATUS,
        "completion_pct": _nullable(NUM), "engine_completion_pct": _nullable(NUM), "expected_pct": _nullable(NUM),
        "evidence": {"type": "array", "items": _ref("Evidence")}, "reason": STR, "engine_version": STR,
        "created_at": DATETIME, "basis": STR, "confidence": _nullable(NUM), "needs_person": BOOL,
        "flags": {"type": "array", "items": STR,
                  "description": "引擎存疑的原因（需人工确认的提示），仅督查科可见；其他角色为空列表"},
        "sub_targets": {"type": "array", "items": {"type": "object"}}, "rule": STR,
        "confirmed_at": _nullable(DATETIME),
        "override": _nullable(_obj({"status": STATUS, "completion_pct": _nullable(NUM), "reason": STR,
                                    "created_at": DATETIME}))}),
    "Figure": _obj({"indicator": INT, "value": NUM, "unit": {"type": "string", "maxLength": 30}},
                   ["indicator", "value"]),
    "Submission": _obj({
        "id": INT, "task": _obj({"id": INT, "code": STR, "plan": INT}), "period": _ref("PeriodRef"),
        "organisation": _ref("OrgRef"), "version": INT, "supersedes": _nullable(INT),
        "state": {"type": "string", "enum": SUBMISSION_STATES}, "state_label": STR, "late": BOOL,
        "narrative": STR, "figures": {"type": "array", "items": _ref("Figure")},
        "created_at": DATETIME, "updated_at": DATETIME, "submitted_at": _nullable(DATETIME),
        "reviewed_at": _nullable(DATETIME), "review_comment": STR, "source_row": _nullable(INT),
        "attachments": {"type": "array", "items": _obj({"id": INT, "name": STR, "size": INT, "content_type": STR})}}),
    "DraftInput": {**_obj({
        "task": {"type": "integer", "description": "任务编号 (id)，须为本单位牵头或配合的任务"},
        "period": {"type": "integer", "description": "报送周期编号 (id)，须属于该任务的年度计划"},
        "narrative": {"type": "string", "minLength": 1, "maxLength": 10000, "description": "进展情况"},
        "figures": {"type": "array", "maxItems": 50, "items": _ref("Figure")}},
        ["task", "period", "narrative"]), "additionalProperties": False},
    "Organisation": _obj({"id": INT, "name": STR,
                          "kind": {"type": "string", "enum": ["department", "street", "collective", "company",
                                                              "court", "other"]},
                          "kind_label": STR, "parent": _nullable(INT), "aliases": {"type": "array", "items": STR}}),
    # Exactly the public page's fields (政务公开): no verdicts, no names of people.
    "PublicRow": _obj({"kind": {"type": "string", "enum": ["section", "task"]}, "title": STR, "seq": INT,
                       "section": STR, "text": STR, "units": {"type": "array", "items": STR},
                       "progress": STR}),
    "PublicPeriod": _obj({"id": INT, "name": STR}),
    "PublicPlanRef": _obj({"id": INT, "year": INT, "title": STR, "period": STR, "task_count": INT}),
    "PublicPlan": _obj({"plan": _obj({"id": INT, "year": INT, "title": STR}),
                        "period": _nullable(_ref("PublicPeriod")),
                        "periods": {"type": "array", "items": _ref("PublicPeriod")}, "count": INT,
                        "limit": INT, "offset": INT, "rows": {"type": "array", "items": _ref("PublicRow")}}),
}


def _err(description: str) -> dict:
    return {"description": description, "content": {"application/json": {"schema": _ref("Error")}}}


def _ok(schema: dict, description: str = "成功") -> dict:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


def _q(name: str, description: str, schema: dict | None = None) -> dict:
    return {"name": name, "in": "query", "required": False, "description": description, "schema": schema or INT}


PK = {"name": "pk", "in": "path", "required": True, "description": "编号 (id)", "schema": INT}
PAGE = [_q("limit", f"每页条数，默认 {DEFAULT_LIMIT}，最多 {MAX_LIMIT}",
           {"type": "integer", "minimum": 1, "maximum": MAX_LIMIT, "default": DEFAULT_LIMIT}),
        _q("offset", "跳过条数", {"type": "integer", "minimum": 0, "default": 0})]
E400, E401, E403, E404 = (_err("参数或请求体有误"), _err("未登录"), _err("无权访问（角色或单位不符）"),
                          _err("编号不存在"))


def _get(summary: str, description: str, response: dict, tag: str, parameters=(), errors=(401, 403),
         public: bool = False) -> dict:
    responses = {"200": response}
    for code in errors:
        responses[str(code)] = {400: E400, 401: E401, 403: E403, 404: E404}[code]
    op = {"tags": [tag], "summary": summary, "description": description, "parameters": list(parameters),
          "responses": responses}
    if public:
        op["security"] = []
    return op


ROLES = ("权限：督查科、领导、统计员、纪委监委可读全部；部门填报员只看到本单位牵头或配合的任务"
         "及本单位的报送；未登录返回 401。")


@cache
def document() -> dict:
    """The OpenAPI 3.1 document (a dict, served as /api/openapi.json)."""
    task_filters = [
        _q("plan", "年度计划编号"), _q("part", "板块编号（含其下级板块）"),
        _q("period", "报送周期编号：按该周期的研判显示状态（缺省为最新研判）"),
        _q("status", f"研判状态（人工研判优先）；{NO_STATUS} 表示尚未研判",
           {"type": "string", "enum": STATUS_ORDER + [NO_STATUS]}),
        _q("organisation", "牵头或配合单位编号"),
        _q("q", "在编号、名称、任务内容中搜索（最多 200 字）", {"type": "string", "maxLength": 200}),
    ]
    paths = {
        "/api/v1/plans/": {"get": _get(
            "年度计划列表", "当前用户可见的年度计划及可见任务数。" + ROLES, _ok(_list_of("Plan")), "plans")},
        "/api/v1/plans/{pk}/": {"parameters": [PK], "get": _get(
            "年度计划详情", "年度计划及其板块、报送周期、来源文件。" + ROLES, _ok(_ref("PlanDetail")), "plans",
            errors=(401, 403, 404))},
        "/api/v1/tasks/": {"get": _get(
            "任务列表", "按条件筛选、分页的任务，附最新研判状态与最新已采纳进展。" + ROLES,
            _ok(_list_of("Task", paged=True)), "tasks", task_filters + PAGE, errors=(400, 401, 403))},
        "/api/v1/tasks/{pk}/": {"parameters": [PK], "get": _get(
            "任务详情", "指标、目标版本（首版为基线）、牵头/配合单位、各周期研判及依据、当前用户可见的报送。"
            + ROLES, _ok({"allOf": [_ref("Task"), _obj({
                "plan_title": STR, "indicators": {"type": "array", "items": _ref("Indicator")},
                "target_versions": {"type": "array", "items": _ref("TargetVersion")},
                "assessments": {"type": "array", "items": _ref("Assessment")},
                "submissions": {"type": "array", "items": _ref("Submission")}})]}),
            "tasks", errors=(401, 403, 404))},
        "/api/v1/periods/": {"get": _get(
            "报送周期列表", "报送周期及截止日期、是否已关闭。", _ok(_list_of("Period")), "periods",
            [_q("plan", "年度计划编号"), _q("closed", "是否已关闭", {"type": "string", "enum": ["true", "false"]})],
            errors=(400, 401, 403))},
        "/api/v1/submissions/": {
            "get": _get("进展报送列表", "部门填报员只看到本单位的报送（含草稿）；其他角色看到已提交的报送（不含草稿）。",
                        _ok(_list_of("Submission", paged=True)), "submissions",
                        [_q("plan", "年度计划编号"), _q("period", "报送周期编号"), _q("task", "任务编号"),
                         _q("organisation", "报送单位编号"),
                         _q("state", "状态", {"type": "string", "enum": SUBMISSION_STATES})] + PAGE,
                        errors=(400, 401, 403)),
            "post": {
                "tags": ["submissions"], "summary": "保存进展草稿",
                "description": "部门填报员为本单位牵头或配合的任务保存草稿：最新版本仍为草稿时更新之，否则新建一个"
                               "版本（取代上一版本；周期已关闭时标记为逾期更正）。需在 X-CSRFToken 请求头中"
                               "携带 csrftoken Cookie 的值。记入审计日志。",
                "security": [{"cookieAuth": [], "csrfToken": []}],
                "requestBody": {"required": True, "content": {"application/json": {"schema": _ref("DraftInput")}}},
                "responses": {"201": _ok(_ref("Submission"), "新建草稿"), "200": _ok(_ref("Submission"), "更新草稿"),
                              "400": E400, "401": E401,
                              "403": _err("非部门填报员、非本单位任务或 CSRF 校验失败"),
                              "413": _err("请求体过大")}},
        },
        "/api/v1/submissions/{pk}/": {"parameters": [PK], "get": _get(
            "进展报送详情", "一个版本的报送及附件清单。", _ok(_ref("Submission")), "submissions",
            errors=(401, 403, 404))},
        "/api/v1/assessments/": {"get": _get(
            "研判结果", "一个报送周期各任务的当前研判（人工研判优先）及依据原文、理由。只指定 plan 时取其最近"
            "有研判的周期。按任务顺序分页（limit/offset），count 为该周期可见研判总数。" + ROLES,
            _ok(_list_of("Assessment", paged=True, extra={"period": _ref("Period")})), "assessments",
            [_q("period", "报送周期编号"), _q("plan", "年度计划编号")] + PAGE, errors=(400, 401, 403))},
        "/api/v1/organisations/": {"get": _get(
            "组织机构", "单位及其别名。", _ok(_list_of("Organisation")), "organisations",
            [_q("kind", "类别", {"type": "string", "enum": ["department", "street", "collective", "company",
                                                            "court", "other"]})], errors=(400, 401, 403))},
        "/api/v1/public/plans/": {"get": _get(
            "公开：年度计划列表", "无需登录；只含督查科已公开发布的计划。", _ok(_list_of("PublicPlanRef")), "public", errors=(), public=True)},
        "/api/v1/public/plans/{pk}/": {"parameters": [PK], "get": _get(
            "公开：年度计划任务及进展", "无需登录；只含督查科已公开发布的计划和周期，字段与公开页面完全相同："
            "板块、任务、责任单位、已采纳的进展（不含研判结果）。可用 period 参数选择已公开的周期；任务分页（limit/offset），"
            "count 为公开任务总数。", _ok(_ref("PublicPlan")), "public",
            [_q("period", "已公开的报送周期编号"), *PAGE], errors=(404,), public=True)},
        "/api/openapi.json": {"get": _get(
            "接口文档（OpenAPI 3.1）", "本文档。", _ok({"type": "object"}), "meta", errors=(), public=True)},
        "/api/docs/": {"get": {**_get("接口说明页", "列出全部接口的 HTML 页面。", {
            "description": "HTML", "content": {"text/html": {"schema": STR}}}, "meta", errors=(), public=True)}},
    }
    return {
        "openapi": "3.1.0",
        "info": {"title": "落实督查 Luoshi 接口", "version": "1.0.0",
                 "description": "与页面相同的数据和权限。错误一律以 JSON 返回：{\"error\": \"中文信息\"}。"
                                "会话 Cookie 认证（先在 /login/ 登录）；写操作须带 CSRF 令牌。"},
        "servers": [{"url": "/"}],
        "security": [{"cookieAuth": []}],
        "tags": [{"name": n, "description": d} for n, d in [
            ("plans", "年度计划"), ("tasks", "目标任务"), ("periods", "报送周期"), ("submissions", "进展报送"),
            ("assessments", "研判结果"), ("organisations", "组织机构"), ("public", "公开数据"),
            ("meta", "接口文档")]],
        "paths": paths,
        "components": {
            "schemas": SCHEMAS,
            "securitySchemes": {
                "cookieAuth": {"type": "apiKey", "in": "cookie", "name": "sessionid",
                               "description": "Django 会话 Cookie（登录后获得）"},
                "csrfToken": {"type": "apiKey", "in": "header", "name": "X-CSRFToken",
                              "description": "csrftoken Cookie 的值；POST 等写操作必需"},
            },
        },
    }
