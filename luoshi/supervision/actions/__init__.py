"""Actions of the supervision cycle, one module per noun (see luoshi/core/actions/ for the pattern).

Each ``do_<verb>_<noun>(…, *, acting_user)`` runs in one transaction and
writes its audit event in it; views, the API, commands and jobs call these,
nothing else writes (tests/test_architecture.py).
"""
