/* A QEMU TCG plugin that counts executed guest instructions per PC (a flat profile), optionally only
 * between the first two calls of a marker function.
 *
 * Usage: -plugin profile.so,out=PATH[,mark=0xADDR[,nth=K]]   (ADDR: the marker's first instruction)
 * With mark, the window starts at the marker's first execution (counted) and ends just before its
 * second (not counted): the same window as icount.c's first "icount N" line. nth=K (default 1)
 * moves it to between the K-th and (K+1)-th executions (icount.c's K-th line). Without mark, the
 * whole run is counted. If the marker runs only K times, the window goes on to the end of the run.
 * At exit, PATH gets one "pc count" line per instruction that ran in the window (pc in hex, count
 * in decimal, ascending pc), then nothing else; profile.py maps the pcs to functions.
 *
 * Every instruction gets an inline 64-bit add into the counter of its PC (one counter per PC,
 * found through a hash table when a block is translated, so retranslations share it); the window
 * is cut by snapshotting all counters at the marks, so the inline path has no test. The marker
 * instruction itself is counted by its callback instead of inline, so that which side of the window
 * it falls on does not depend on the order QEMU runs an instruction's callbacks in. One vCPU
 * (mps2-an386) is assumed: counters are not atomic. As in icount.c, an IT-block instruction whose
 * condition fails still counts.
 *
 * Against icount.c over the same window: equal, except that icount.c adds a whole block when it
 * starts, and under -icount a block whose memory-mapped I/O access is not its last instruction is
 * abandoned at that access (QEMU re-runs the access alone, uninstrumented, then starts a new block
 * after it), so icount.c counts the instructions after the access twice. Here each instruction
 * counts when it runs: a window that prints is lower by that much (4 per character on mps2).
 *
 * The plugin-API declarations are in qemu_plugin_api.h (QEMU plugin API v1). */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "qemu_plugin_api.h"

/* One PC. `count` is what the inline add bumps; `base` is its value at the window's start and
 * `final` the count inside the window once it has closed. */
struct slot {
    uint64_t count;
    uint64_t base;
    uint64_t final;
    uint64_t pc;
};

/* Slots live in chunks that never move (the inline adds hold pointers into them). */
#define CHUNK 16384
struct chunk {
    struct chunk *next;
    size_t used;
    struct slot slots[CHUNK];
};
static struct chunk *chunks;
static size_t n_slots;

/* Open addressing over pointers to slots, grown at half full. */
static struct slot **table;
static size_t table_size;

static uint64_t mark_addr;
static int have_mark;
static int marks;
static int nth = 1;
static const char *out_path;

static size_t hash(uint64_t pc, size_t size) {
    return (size_t)((pc >> 1) * 0x9E3779B97F4A7C15ull >> 17) & (size - 1);
}

static void insert(struct slot *s) {
    size_t i = hash(s->pc, table_size);
    while (table[i]) {
        i = (i + 1) & (table_size - 1);
    }
    table[i] = s;
}

static void grow(void) {
    struct slot **old = table;
    size_t old_size = table_size;
    table_size = old_size ? old_size * 2 : 65536;
    table = calloc(table_size, sizeof *table);
    if (!table) {
        abort();
    }
    for (size_t i = 0; i < old_size; i++) {
        if (old[i]) {
            insert(old[i]);
        }
    }
    free(old);
}

static struct slot *slot_for(uint64_t pc) {
    if (table_size) {
        size_t i = hash(pc, table_size);
        while (table[i]) {
            if (table[i]->pc == pc) {
                return table[i];
            }
            i = (i + 1) & (table_size - 1);
        }
    }
    if (2 * (n_slots + 1) > table_size) {
        grow();
    }
    if (!chunks || chunks->used == CHUNK) {
        struct chunk *c = calloc(1, sizeof *c);
        if (!c) {
            abort();
        }
        c->next = chunks;
        chunks = c;
    }
    struct slot *s = &chunks->slots[chunks->used++];
    s->pc = pc;
    /* A PC first seen inside the window starts from 0 (base 0); one first seen after it has
     * closed keeps final 0. */
    n_slots++;
    insert(s);
    return s;
}

static void on_mark(unsigned int vcpu, void *udata) {
    (void)vcpu;
    struct slot *marker = udata;
    if (marks == nth - 1) {
        for (struct chunk *c = chunks; c; c = c->next) {
            for (size_t i = 0; i < c->used; i++) {
                c->slots[i].base = c->slots[i].count;
            }
        }
    } else if (marks == nth) {
        for (struct chunk *c = chunks; c; c = c->next) {
            for (size_t i = 0; i < c->used; i++) {
                c->slots[i].final = c->slots[i].count - c->slots[i].base;
            }
        }
    }
    marks++;
    marker->count++;
}

static void on_translate(qemu_plugin_id_t id, struct qemu_plugin_tb *tb) {
    (void)id;
    size_t n = qemu_plugin_tb_n_insns(tb);
    for (size_t i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        uint64_t pc = qemu_plugin_insn_vaddr(insn);
        struct slot *s = slot_for(pc);
        if (have_mark && pc == mark_addr) {
            qemu_plugin_register_vcpu_insn_exec_cb(insn, on_mark, QEMU_PLUGIN_CB_NO_REGS, s);
        } else {
            qemu_plugin_register_vcpu_insn_exec_inline(insn, QEMU_PLUGIN_INLINE_ADD_U64, &s->count, 1);
        }
    }
}

static int by_pc(const void *a, const void *b) {
    uint64_t x = (*(struct slot *const *)a)->pc, y = (*(struct slot *const *)b)->pc;
    return x < y ? -1 : x > y;
}

static void on_exit_write(qemu_plugin_id_t id, void *udata) {
    (void)id;
    (void)udata;
    struct slot **all = malloc((n_slots + 1) * sizeof *all);
    size_t n = 0;
    for (struct chunk *c = chunks; c; c = c->next) {
        for (size_t i = 0; i < c->used; i++) {
            all[n++] = &c->slots[i];
        }
    }
    qsort(all, n, sizeof *all, by_pc);
    FILE *f = fopen(out_path, "w");
    if (!f) {
        qemu_plugin_outs("profile: cannot write the out= file\n");
        free(all);
        return;
    }
    uint64_t total = 0;
    for (size_t i = 0; i < n; i++) {
        struct slot *s = all[i];
        uint64_t k = !have_mark         ? s->count
                     : marks > nth  ? s->final
                     : marks == nth ? s->count - s->base
                                    : 0;
        if (k) {
            fprintf(f, "%" PRIx64 " %" PRIu64 "\n", s->pc, k);
            total += k;
        }
    }
    fclose(f);
    free(all);
    char line[200];
    if (have_mark) {
        snprintf(line, sizeof line, "profile: %" PRIu64 " instructions between marker calls %d and %d (it ran %d times)%s\n",
                 total, nth, nth + 1, marks, marks < nth ? ": the window never opened" : marks == nth ? ": counted to the end" : "");
    } else {
        snprintf(line, sizeof line, "profile: %" PRIu64 " instructions in the whole run\n", total);
    }
    qemu_plugin_outs(line);
}

__attribute__((visibility("default"))) int qemu_plugin_install(qemu_plugin_id_t id, const struct qemu_info_t *info,
                                                               int argc, char **argv) {
    (void)info;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "mark=", 5) == 0) {
            mark_addr = strtoull(argv[i] + 5, NULL, 0);
            have_mark = 1;
        } else if (strncmp(argv[i], "nth=", 4) == 0) {
            nth = atoi(argv[i] + 4);
        } else if (strncmp(argv[i], "out=", 4) == 0) {
            out_path = argv[i] + 4;
        }
    }
    if (!out_path || !*out_path || nth < 1) {
        qemu_plugin_outs("profile: give out=PATH (and nth=K with K >= 1)\n");
        return -1;
    }
    qemu_plugin_register_vcpu_tb_trans_cb(id, on_translate);
    qemu_plugin_register_atexit_cb(id, on_exit_write, NULL);
    return 0;
}
