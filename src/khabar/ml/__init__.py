"""Learners and features shared by trainable components. Weights are stored as JSON/npz, never pickle."""
