package dev.rampart.rego.plan;

import dev.rampart.rego.ir.Block;
import dev.rampart.rego.ir.Operand.Local;
import dev.rampart.rego.ir.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * A block being planned. The IR is immutable, but the planner fills a scan's or a negation's body after
 * creating it, so nested statements are kept as builders here and frozen by {@link #build()}.
 */
final class BlockBuilder {
    private final List<Object> items = new ArrayList<>();

    void add(Stmt s) {
        items.add(s);
    }

    /** Adds a scan and returns its (empty) body. */
    BlockBuilder scan(Local source, Local key, Local value) {
        BlockBuilder body = new BlockBuilder();
        items.add(new PendingScan(source, key, value, body));
        return body;
    }

    /** Adds a negation and returns its (empty) body. */
    BlockBuilder not() {
        BlockBuilder body = new BlockBuilder();
        items.add(new PendingNot(body));
        return body;
    }

    /** Adds a statement running {@code n} blocks in turn and returns them. */
    List<BlockBuilder> blocks(int n) {
        List<BlockBuilder> blocks = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            blocks.add(new BlockBuilder());
        }
        items.add(new PendingBlocks(blocks));
        return blocks;
    }

    /** Adds a statement running one block, so that failures inside it end only that block, and returns it. */
    BlockBuilder block() {
        return blocks(1).get(0);
    }

    Block build() {
        List<Stmt> out = new ArrayList<>(items.size());
        for (Object o : items) {
            out.add(switch (o) {
                case Stmt s -> s;
                case PendingScan p -> new Stmt.ScanStmt(p.source, p.key, p.value, p.body.build());
                case PendingNot p -> new Stmt.NotStmt(p.body.build());
                case PendingBlocks p -> new Stmt.BlockStmt(p.blocks.stream().map(BlockBuilder::build).toList());
                default -> throw new IllegalStateException("unexpected " + o);
            });
        }
        return new Block(out);
    }

    private record PendingScan(Local source, Local key, Local value, BlockBuilder body) {}

    private record PendingNot(BlockBuilder body) {}

    private record PendingBlocks(List<BlockBuilder> blocks) {}
}
