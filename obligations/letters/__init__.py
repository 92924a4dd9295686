"""Reminder letters, escalations and summary reports from the findings, in the official format."""
