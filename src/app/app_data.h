/*
 * app_data: the state folder's database, opened the same way by the kiosk
 * and by every command (the folder made when missing: a fresh kiosk's
 * first command may be `ovi staff-pin add`).
 */
#ifndef OVI_APP_APP_DATA_H
#define OVI_APP_APP_DATA_H

#include "model/model.h"

/* Opens (creating it and the folder) data_dir/ovi.db. */
int app_data_open_model(const char *data_dir, model_t **out);

#endif
