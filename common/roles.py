"""Who may do what. Enforced here, in the core; the UI only hides what this forbids.

Court roles: 书记员 clerk, 审判员 judge, 审判长 presiding judge, and court IT. A person sees a
case only when they are a member of it; deliberation (合议) records only when they sit on
it as a judge. Court IT manages accounts and machines but reads no case content.
The laptop (``app/``) and the case server check the same table; refusing is each side's own
(``AccessDenied`` on the laptop, HTTP 403 on the server).
"""

from __future__ import annotations

import enum


class Role(str, enum.Enum):
    CLERK = "clerk"
    JUDGE = "judge"
    PRESIDING_JUDGE = "presiding_judge"
    IT_ADMIN = "it_admin"


class Permission(str, enum.Enum):
    CREATE_CASE = "create_case"
    EDIT_CASE = "edit_case"
    MANAGE_MEMBERS = "manage_members"
    VIEW_DELIBERATION = "view_deliberation"
    MANAGE_USERS = "manage_users"
    READ_AUDIT = "read_audit"


JUDGING_ROLES = frozenset({Role.JUDGE, Role.PRESIDING_JUDGE})

# What each role may do on the cases it is a member of (or globally, for the last two).
_GRANTS: dict[Role, frozenset[Permission]] = {
    Role.CLERK: frozenset({Permission.CREATE_CASE, Permission.EDIT_CASE}),
    Role.JUDGE: frozenset({Permission.VIEW_DELIBERATION}),
    Role.PRESIDING_JUDGE: frozenset(
        {Permission.CREATE_CASE, Permission.EDIT_CASE, Permission.MANAGE_MEMBERS,
         Permission.VIEW_DELIBERATION}
    ),
    Role.IT_ADMIN: frozenset({Permission.MANAGE_USERS, Permission.READ_AUDIT}),
}


def role_allows(role: Role, permission: Permission) -> bool:
    return permission in _GRANTS[role]


def sees_case_content(role: Role) -> bool:
    return role is not Role.IT_ADMIN
