"""The hearing workspace opens on the case being viewed in Cases, with that case's hearings;
it does not switch cases under a running recording's feet or drop the hearing on screen."""

from __future__ import annotations

import pytest

from courtdesk.app.casebook import CaseBook
from courtdesk.ui.jobs import Queue
from courtdesk.ui.views.cases_workspace import CasesWorkspace
from courtdesk.ui.views.hearing_workspace import HearingWorkspace

pytestmark = pytest.mark.timeout(120)


def test_hearing_workspace_follows_the_case_being_viewed(qtbot, case_profile, make_flow, login,
                                                        screenshot):
    flow = make_flow("zh_CN")
    window = login(flow, "clerk")
    window.resize(1440, 900)
    user = flow.session.user
    handle = flow.runner.submit(lambda: CaseBook(flow.store, user).create_case(
        "(2026)吉2401民初77号", "房屋租赁合同纠纷"), queue=Queue.STORE)
    with qtbot.waitSignal(handle.succeeded, timeout=10_000) as made:
        pass
    second_id = made.args[0]["id"]
    cases = window.workspace(CasesWorkspace)
    cases.refresh()
    qtbot.waitUntil(lambda: cases.model.row_of(second_id) >= 0, timeout=20_000)

    # Viewing the demo case in Cases, then 庭审 in the navigation: its hearings are shown.
    cases.table.selectRow(cases.model.row_of(case_profile.case_id))
    qtbot.waitUntil(lambda: cases.current_case_id == case_profile.case_id, timeout=10_000)
    window.navigation.setCurrentRow(1)
    workspace = window.workspace(HearingWorkspace)
    qtbot.waitUntil(lambda: workspace.case_data is not None
                    and workspace.hearing is not None, timeout=20_000)
    assert workspace.case_data["case"]["id"] == case_profile.case_id
    demo_hearings = [h["id"] for h in workspace.case_data["hearings"]]
    assert workspace.hearing["id"] in demo_hearings
    assert workspace.picker.case_combo.currentData() == case_profile.case_id
    chosen = demo_hearings[0]
    workspace.picker.hearing_chosen.emit(chosen)  # the clerk picks an older hearing
    qtbot.waitUntil(lambda: workspace.hearing["id"] == chosen, timeout=10_000)

    # Another case in Cases: the hearing workspace follows (it has no hearing yet).
    window.navigation.setCurrentRow(0)
    cases.table.selectRow(cases.model.row_of(second_id))
    qtbot.waitUntil(lambda: cases.current_case_id == second_id, timeout=10_000)
    window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: workspace.case_data["case"]["id"] == second_id, timeout=10_000)
    qtbot.waitUntil(lambda: workspace.hearing is None, timeout=10_000)
    assert workspace.picker.case_combo.currentData() == second_id
    assert workspace.empty_hint.isVisibleTo(window)
    screenshot(window, "hearing_follows_case_zh_CN")

    # Back to the first case (its latest hearing); then the same case again keeps the
    # hearing the clerk chose on screen.
    window.navigation.setCurrentRow(0)
    cases.table.selectRow(cases.model.row_of(case_profile.case_id))
    qtbot.waitUntil(lambda: cases.current_case_id == case_profile.case_id, timeout=10_000)
    window.navigation.setCurrentRow(1)
    qtbot.waitUntil(lambda: workspace.case_data["case"]["id"] == case_profile.case_id,
                    timeout=10_000)
    qtbot.waitUntil(lambda: workspace.hearing is not None, timeout=10_000)
    workspace.picker.hearing_chosen.emit(chosen)
    qtbot.waitUntil(lambda: workspace.hearing["id"] == chosen, timeout=10_000)
    window.navigation.setCurrentRow(0)
    window.navigation.setCurrentRow(1)
    qtbot.wait(300)
    assert workspace.hearing["id"] == chosen
