/** Where the activity register lives: the `ARActivity` table, on the `AR Activity` sheet it is created on. */
export const ACTIVITY_SHEET = "AR Activity";
export const ACTIVITY_TABLE = "ARActivity";
