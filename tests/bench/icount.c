/* A QEMU TCG plugin that counts guest instructions between calls of a marker function.
 *
 * Usage: -plugin icount.so,mark=0xADDR   (ADDR: the marker's first instruction)
 * Every time the marker runs after the first, it prints "icount N" to QEMU's log (stderr):
 * the instructions executed since the previous call; at exit, "icount-total N": all of them.
 * (mark=0 counts the whole run only.) Counting is per translation block,
 * added when a block starts, so a measurement includes the marker's own block; the harness
 * subtracts an empty measurement.
 *
 * The plugin-API declarations are in qemu_plugin_api.h (QEMU plugin API v1). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qemu_plugin_api.h"

static uint64_t executed;
static uint64_t last;
static int marks;
static uint64_t mark_addr;

static void on_mark(unsigned int vcpu, void *udata) {
    (void)vcpu;
    (void)udata;
    if (marks++ > 0) {
        char line[64];
        snprintf(line, sizeof line, "icount %" PRIu64 "\n", executed - last);
        qemu_plugin_outs(line);
    }
    last = executed;
}

static void at_exit(qemu_plugin_id_t id, void *udata) {
    (void)id;
    (void)udata;
    char line[64];
    snprintf(line, sizeof line, "icount-total %" PRIu64 "\n", executed);
    qemu_plugin_outs(line);
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    qemu_plugin_register_vcpu_tb_exec_inline(tb, QEMU_PLUGIN_INLINE_ADD_U64, &executed, n);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        if (mark_addr != 0 && qemu_plugin_insn_vaddr(insn) == mark_addr) {
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_mark, QEMU_PLUGIN_CB_NO_REGS, NULL);
        }
    }
}

__attribute__((visibility("default"))) int qemu_plugin_install(qemu_plugin_id_t id, const struct qemu_info_t *info,
                                                               int argc, char **argv) {
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "mark=", 5) == 0) {
            mark_addr = strtoull(argv[i] + 5, NULL, 0);
        }
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, at_exit, NULL);
    return 0;
}
