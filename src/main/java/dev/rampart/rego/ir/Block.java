package dev.rampart.rego.ir;

import java.util.List;

/**
 * A sequence of statements. A statement that fails (a lookup that is undefined, an equality that does not
 * hold) ends the innermost enclosing block; execution goes on after it.
 */
public record Block(List<Stmt> stmts) {
    public Block {
        stmts = List.copyOf(stmts);
    }
}
