package org.derwent.measures.sql;

/** Types of bind parameters; each dialect names them in its casts. */
public enum SqlType { DATE, DOUBLE, INTEGER, TEXT, BOOLEAN }
