package org.warreport.internal.extract;

/** What a filler read for an event field with no slot object of its own (type, scope), and the rule, or null for a default. */
record Filled<T>(T value, String rule) {}
