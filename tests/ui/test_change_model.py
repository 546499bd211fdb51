"""R-UI2: the change table stays fluid with 25,000 rows (sort and filter in the model)."""

from __future__ import annotations

import random
import time

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from crmsync_gui.core.plan import Action, Change, FieldDiff, Side
from crmsync_gui.core.record import Address, ContactRecord, Field
from crmsync_gui.ui.change_model import (
    COL_ACTION,
    COL_EMAIL,
    COL_INCLUDE,
    COL_NAME,
    ChangeTableModel,
    change_rows,
)

ROWS = 25_000


def make_changes(count: int) -> list[Change]:
    draw = random.Random(6)
    families = ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
                "Durand", "Leroy", "Moreau", "Lefèvre", "Nguyen"]
    changes = []
    for i in range(count):
        family = draw.choice(families)
        record = ContactRecord(first_name=f"Prénom{i}", last_name=family,
                               personal_email=f"p{i}.{family.lower()}@exemple.fr")
        action = Action.CREATE if i % 3 else Action.UPDATE
        changes.append(Change(Side.GOOGLE, action, i + 1, None if i % 3 else f"people/c{i}",
                              f"Prénom{i} {family}", "changed in the CRM",
                              (FieldDiff(Field.PERSONAL_EMAIL, "", record.personal_email),),
                              record=record))
    return changes


def timed(action: object) -> float:
    start = time.perf_counter()
    action()  # type: ignore[operator]
    return time.perf_counter() - start


def test_sort_and_filter_25000_rows_quickly(qtbot: QtBot) -> None:
    changes = make_changes(ROWS)
    build = time.perf_counter()
    rows = change_rows(changes)  # done in the worker in the app
    build = time.perf_counter() - build
    model = ChangeTableModel()
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.verticalHeader().setDefaultSectionSize(22)
    view.resize(900, 600)
    view.show()

    load = timed(lambda: model.set_rows(rows))
    assert model.rowCount() == ROWS
    by_name = timed(lambda: view.sortByColumn(COL_NAME, Qt.SortOrder.AscendingOrder))
    names = [model.row_at(i).change.name.casefold() for i in range(ROWS)]
    assert names == sorted(names)
    by_email_desc = timed(lambda: model.sort(COL_EMAIL, Qt.SortOrder.DescendingOrder))
    assert model.data(model.index(0, COL_EMAIL)) >= model.data(model.index(1, COL_EMAIL))
    by_action = timed(lambda: model.sort(COL_ACTION))
    assert model.row_at(0).change.action is Action.CREATE
    filtering = timed(lambda: model.set_filter("lefèvre"))
    assert 0 < model.rowCount() < ROWS
    assert all("Lefèvre" in model.row_at(i).change.name for i in range(model.rowCount()))
    scroll = timed(lambda: (view.scrollToBottom(), qtbot.wait(1)))
    unfilter = timed(lambda: model.set_filter(""))
    assert model.rowCount() == ROWS
    print(f"\n25,000 rows: build {build * 1000:.0f} ms, load {load * 1000:.0f} ms, "
          f"sort name {by_name * 1000:.0f} ms, sort email desc {by_email_desc * 1000:.0f} ms, "
          f"sort action {by_action * 1000:.0f} ms, filter {filtering * 1000:.0f} ms, "
          f"unfilter {unfilter * 1000:.0f} ms, scroll {scroll * 1000:.0f} ms")
    for seconds in (load, by_name, by_email_desc, by_action, filtering, unfilter):
        assert seconds < 1.0  # sanity bound only


def test_checkbox_excludes_by_change_key_and_survives_sort_and_refresh() -> None:
    rows = change_rows(make_changes(30))
    model = ChangeTableModel()
    model.set_rows(rows)
    target = model.row_at(5).key
    assert model.flags(model.index(5, COL_INCLUDE)) & Qt.ItemFlag.ItemIsUserCheckable
    model.setData(model.index(5, COL_INCLUDE), Qt.CheckState.Unchecked.value,
                  Qt.ItemDataRole.CheckStateRole)
    assert model.excluded() == {target}
    model.sort(COL_NAME, Qt.SortOrder.DescendingOrder)
    position = model.row_of_key(target)
    assert position is not None
    assert model.data(model.index(position, COL_INCLUDE),
                      Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    model.set_rows(rows, model.excluded())  # a refresh keeps the user's choice
    assert model.excluded() == {target}
    model.set_rows(rows[:5], model.excluded())  # gone from the plan: forgotten
    assert model.excluded() == frozenset()
    assert model.rowCount(model.index(0, 0)) == 0 and model.rowCount(QModelIndex()) == 5


def test_the_filter_finds_a_contacts_values_not_only_what_changed(qtbot: QtBot) -> None:
    record = ContactRecord(first_name="Sophie", last_name="Martin",
                           personal_email="sophie@exemple.fr", personal_mobile="06 12 34 56 78",
                           company_name="Boulangerie Dupain",
                           home_address=Address(city="Évry"))
    phone = Change(Side.GOOGLE, Action.UPDATE, 1, "people/c1", "Sophie Martin",
                   "changed in the CRM", (FieldDiff(Field.HOME_PHONE, "", "01 02 03 04 05"),),
                   record=record)
    model = ChangeTableModel()
    model.set_rows(change_rows([phone]))
    # The Contacts page's matcher: a company, a city without its accent, a phone's digits.
    for words in ("boulangerie", "evry", "0612345678", "+33 6 12", "martin sophie"):
        model.set_filter(words)
        assert model.rowCount() == 1, words
    model.set_filter("Bernard")
    assert model.rowCount() == 0 and model.total() == 1
