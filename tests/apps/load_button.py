"""Test app: the Upload page's check-and-load flow for one file, for tests/test_faults.py.

AppTest cannot drop a file on `st.file_uploader`, so this script hands the flow the bytes of
the file named by $TRADEINVEST_TEST_FILE, as the Upload page does with an uploaded file, with
the demo coordinator signed in.
"""

import os
from pathlib import Path

import streamlit as st

from tradeinvest.ui import auth, loading, state

state.open_or_stop()
st.session_state[state.PRINCIPAL_KEY] = auth.DEMO
file = Path(os.environ["TRADEINVEST_TEST_FILE"])
with state.faults_shown():
    result = loading.check_and_offer_load(file.read_bytes(), file.name, "projects", "2024Q3",
                                          "Laden", "confirm_load", "nl")
if result is not None:
    st.success(f"geladen als upload {result.upload_id}")
