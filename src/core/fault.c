#include "core/fault.h"

#include <stdatomic.h>

static atomic_long countdown[FAULT_KINDS];
static atomic_bool persist[FAULT_KINDS];
static atomic_bool fired[FAULT_KINDS];

void fault_arm(fault_kind_t kind, long nth, bool persistent)
{
	countdown[kind] = nth;
	persist[kind] = persistent;
	fired[kind] = false;
}

void fault_disarm_all(void)
{
	for (int i = 0; i < FAULT_KINDS; i++) {
		countdown[i] = 0;
		persist[i] = false;
	}
}

bool fault_fired(fault_kind_t kind)
{
	return fired[kind];
}

bool fault_hit(fault_kind_t kind)
{
	if (countdown[kind] <= 0)
		return false;
	if (countdown[kind] == 1) {
		fired[kind] = true;
		if (!persist[kind])
			countdown[kind] = 0;
		return true;
	}
	countdown[kind]--;
	return false;
}
