# A program in the style of MicroPython's perf_bench (bm_params, bm_setup and no call of its
# own), for `mpyc bench`, which runs it as that suite's harness does.


def primes(n):
    sieve = [True] * n
    found = 0
    for i in range(2, n):
        if sieve[i]:
            found += 1
            for j in range(i * i, n, i):
                sieve[j] = False
    return found


bm_params = {
    (50, 10): (200,),
    (100, 100): (1000,),
    (1000, 1000): (100000,),
}


def bm_setup(params):
    (n,) = params
    state = {}

    def run():
        state["found"] = primes(n)

    def result():
        return n, state["found"]

    return run, result
