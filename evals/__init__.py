"""Evaluations: retrieval questions, CV fixtures and personas, with their runners."""
