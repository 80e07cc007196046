"""The date a case's facts happened goes with the case through the real case server: set on
the presiding judge's laptop, it arrives on the judge's."""

from __future__ import annotations

import pytest
from sync_kit import adopt, logged_in_client, open_client_store, presiding_case_with_judge

from courtdesk.app.casebook import CaseBook

pytestmark = [pytest.mark.timeout(120), pytest.mark.usefixtures("memory_keyring")]


def test_the_facts_date_syncs_with_the_case(tmp_path, server):
    store, client, case, _seat = presiding_case_with_judge(tmp_path / "presiding", server,
                                                           "买卖合同纠纷")
    judge_store = open_client_store(tmp_path / "judge")
    judge_client = logged_in_client(judge_store, server.base_url, "judge_a")
    try:
        presiding = adopt(store, client, "presiding_a")
        CaseBook(store, presiding).update_case(case["id"], facts_on="2022-06-01")
        assert client.sync().ok
        assert judge_client.sync().ok
        assert judge_store.get("cases", case["id"])["facts_on"] == "2022-06-01"
        with pytest.raises(ValueError, match="not a date like"):
            CaseBook(store, presiding).update_case(case["id"], facts_on="六月一日")
        assert store.get("cases", case["id"])["facts_on"] == "2022-06-01"
    finally:
        client.close()
        judge_client.close()
        store.close()
        judge_store.close()
