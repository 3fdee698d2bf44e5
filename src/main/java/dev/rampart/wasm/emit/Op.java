package dev.rampart.wasm.emit;

/** The WebAssembly opcodes the backend uses. */
final class Op {
    static final int BLOCK = 0x02;
    static final int LOOP = 0x03;
    static final int IF = 0x04;
    static final int END = 0x0b;
    static final int BR = 0x0c;
    static final int BR_IF = 0x0d;
    static final int RETURN = 0x0f;
    static final int CALL = 0x10;
    static final int DROP = 0x1a;
    static final int LOCAL_GET = 0x20;
    static final int LOCAL_SET = 0x21;
    static final int LOCAL_TEE = 0x22;
    static final int I32_CONST = 0x41;
    static final int I32_EQZ = 0x45;
    static final int I32_EQ = 0x46;
    static final int I32_NE = 0x47;
    static final int I32_GE_S = 0x4e;
    static final int I32_ADD = 0x6a;
    /** Block type of blocks that take and leave nothing on the stack. */
    static final int EMPTY = 0x40;
    static final int I32 = 0x7f;
    static final int FUNC_TYPE = 0x60;

    private Op() {}
}
