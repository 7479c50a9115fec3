"""The windowed case model: Qt's model checks, the LRU bound, SQL-side sorting and filtering."""

from __future__ import annotations

from PySide6.QtCore import Qt

from domain.model import CaseFilter, SortKey
from ui.case_table_model import CASE_ID_ROLE, CaseTableModel, Column


def test_model_passes_qt_model_tester(qtmodeltester, demo_services) -> None:
    model = CaseTableModel(demo_services, block_size=16, max_blocks=3)
    qtmodeltester.check(model, force_py=True)
    qtmodeltester.check(model)


def test_row_count_is_the_store_count_and_cells_show_rows(demo_services) -> None:
    model = CaseTableModel(demo_services, block_size=16, max_blocks=3)
    total = demo_services.count_cases(CaseFilter())
    assert model.rowCount() == total > 40
    first = demo_services.list_cases(CaseFilter(), SortKey.NUMBER, False, 0, 1)[0]
    assert model.index(0, Column.NUMBER).data() == first.number
    assert model.index(0, Column.FULL_NAME).data() == first.full_name
    assert model.index(0, 0).data(CASE_ID_ROLE) == first.id
    assert model.headerData(Column.IIN, Qt.Orientation.Horizontal) == "IIN"


def test_model_never_holds_more_rows_than_its_bound(demo_services) -> None:
    model = CaseTableModel(demo_services, block_size=10, max_blocks=3)
    seen = set()
    for row in range(model.rowCount()):
        seen.add(model.index(row, Column.FULL_NAME).data(CASE_ID_ROLE))
        assert model.loaded_rows() <= model.row_bound == 30
    assert len(seen) == model.rowCount()  # every row was reachable
    assert model.fetches == -(-model.rowCount() // 10)  # each block read once on a forward scroll


def test_sort_requeries_in_the_store_order(demo_services) -> None:
    model = CaseTableModel(demo_services, block_size=16, max_blocks=3)
    model.sort(Column.FULL_NAME, Qt.SortOrder.DescendingOrder)
    assert (model.sort_key, model.descending) == (SortKey.FULL_NAME, True)
    expected = demo_services.list_cases(CaseFilter(), SortKey.FULL_NAME, True, 0, 20)
    shown = [model.index(r, Column.NUMBER).data() for r in range(20)]
    assert shown == [row.number for row in expected]
    assert shown != [
        row.number for row in demo_services.list_cases(CaseFilter(), SortKey.NUMBER, False, 0, 20)
    ]


def test_filter_change_resets_and_recounts(qtbot, demo_services) -> None:
    model = CaseTableModel(demo_services, block_size=16, max_blocks=3)
    flt = CaseFilter(group="I")
    with qtbot.waitSignals([model.modelAboutToBeReset, model.modelReset]):
        model.set_filter(flt)
    assert (
        0
        < model.rowCount()
        == demo_services.count_cases(flt)
        < demo_services.count_cases(CaseFilter())
    )
    assert all(model.index(r, Column.GROUP).data() == "I" for r in range(model.rowCount()))


class _FailingPages:
    """The real service, except that reading pages fails as a locked or damaged store would."""

    def __init__(self, services, error: Exception) -> None:  # type: ignore[no-untyped-def]
        self._services = services
        self._error = error

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self._services, name)

    def list_cases(self, *args, **kwargs):  # type: ignore[no-untyped-def]
        raise self._error


def test_data_never_raises_and_reports_a_storage_problem_once(qtbot, demo_services) -> None:
    from domain.errors import StorageError, StorageErrorKind

    error = StorageError(StorageErrorKind.CORRUPT, "database disk image is malformed")
    model = CaseTableModel(_FailingPages(demo_services, error), block_size=16, max_blocks=3)
    reported: list[Exception] = []
    model.load_failed.connect(reported.append)
    assert model.rowCount() == demo_services.count_cases(CaseFilter())
    values = [model.index(r, c).data() for r in range(40) for c in range(len(Column))]
    assert set(values) == {None}
    assert reported == [error]
    assert model.loaded_rows() == 0
