"""Lexicons and the JSON Schema, shipped as package data."""
