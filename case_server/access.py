"""The court's authority rules on the server, the same ones common/roles.py and app/casebook.py
apply on the client: a person sees a case only as its member, deliberation records only
when sitting on it as a judge, and court IT reads no case content.
"""

from __future__ import annotations

import sqlalchemy as sa

from courtdesk.common.roles import JUDGING_ROLES, Permission, Role

from . import models
from .auth import Principal

JUDGING_ROLE_NAMES = tuple(r.value for r in JUDGING_ROLES)


def role_in_case(conn: sa.Connection, user_id: str, case_id: str) -> str | None:
    return conn.execute(
        sa.select(models.case_members.c.role_in_case)
        .where(models.case_members.c.user_id == user_id,
               models.case_members.c.case_id == case_id)
        .limit(1)
    ).scalar()


def sits_as_judge(principal: Principal, membership: str | None) -> bool:
    return principal.judging and membership in JUDGING_ROLE_NAMES


def may_write(principal: Principal, record_type: str, *, membership: str | None,
              confidential: bool, new_case: bool, case_created_by: str | None) -> str | None:
    """None when allowed, else the reason (for a per-change rejection)."""
    if principal.role is Role.IT_ADMIN:
        return "Court IT accounts do not read or write case content."
    if record_type == "cases" and new_case:
        if not principal.may(Permission.CREATE_CASE):
            return f"Your role ({principal.role.value}) may not create cases."
        return None
    if membership is None:
        # The case creator adds the first members (their own membership among them).
        if record_type == "case_members" and case_created_by == principal.user_id:
            return None
        return "No case that you are assigned to."
    if record_type == "case_members":
        if case_created_by == principal.user_id or principal.may(Permission.MANAGE_MEMBERS):
            return None
        return f"Your role ({principal.role.value}) may not manage the members of a case."
    if record_type == "annotations":
        return None  # every member annotates; the author rule is checked with the payload
    if confidential:
        if sits_as_judge(principal, membership):
            return None
        return "Deliberation records are open only to the judges of the case."
    if not principal.may(Permission.EDIT_CASE):
        return f"Your role ({principal.role.value}) may not change this case's records."
    return None


def visible_log_filter(principal: Principal) -> sa.ColumnElement[bool]:
    """Which change-log rows this principal may pull."""
    log = models.change_log
    member_cases = sa.select(models.case_members.c.case_id).where(
        models.case_members.c.user_id == principal.user_id)
    clauses = [
        log.c.court_id == principal.court_id,
        log.c.case_id.in_(member_cases),
        # Others' private versions only as the withdrawal of what they had shared (the
        # pull sends those as deletions, without their content).
        sa.or_(log.c.private_to.is_(None), log.c.private_to == principal.user_id,
               log.c.withdrawn.is_(True)),
    ]
    if principal.judging:
        judge_cases = member_cases.where(
            models.case_members.c.role_in_case.in_(JUDGING_ROLE_NAMES))
        clauses.append(sa.or_(log.c.confidential.is_(False), log.c.case_id.in_(judge_cases)))
    else:
        clauses.append(log.c.confidential.is_(False))
    # The removal of one's own seat on a case: after it the person is no member of the
    # case, and that removal is how their laptop learns to drop it. (The seat's earlier
    # versions came while they were a member.)
    own_removal = sa.and_(log.c.court_id == principal.court_id,
                          log.c.record_type == "case_members",
                          log.c.member_user_id == principal.user_id,
                          log.c.deleted.is_(True))
    return sa.or_(sa.and_(*clauses), own_removal)
