package com.excellentbanking.statements.model;

/** A statement together with the result of checking it. */
public record ReconciledStatement(Statement statement, Reconciliation reconciliation) {

}
