// decref for the hot paths of the eval loop: arithmetic loops drop one int or float per step, so
// those two exact types are freed inline (onto their free lists) instead of through the type's
// dealloc slot.

import { Ptr } from '../common';
import { objDealloc, OB_TYPE } from './header';
import { intType, intFree } from './int';
import { floatType, floatFree } from './float';

/** decref with the exact-int and exact-float cases freed inline. */
@inline export function decrefFast(o: Ptr): void {
  const rc = load<u32>(o) - 1;
  store<u32>(o, rc);
  if (rc == 0) {
    const t = load<Ptr>(o, OB_TYPE);
    if (t == intType) intFree(o);
    else if (t == floatType) floatFree(o);
    else objDealloc(o);
  }
}
