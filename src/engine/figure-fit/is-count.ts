import type { Figure } from "../../story/schema.js";

/** Whether `f` is a count at all (not a share, a date or an age), for « how many ». */
export function isCount(f: Figure): boolean {
  return f.category !== "percent" && f.category !== "date" && f.category !== "age" && f.category !== "money" && f.category !== "distance";
}
