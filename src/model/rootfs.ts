import type { z } from 'zod'
import type { functionSchemas } from '../contract/function-schemas.js'

/** A stored `rootfs`: `types.RootfsSpecMeta`, every key present (the contract's `rootfsSchema`). */
export type Rootfs = z.infer<ReturnType<typeof functionSchemas>['rootfsSchema']>

/** The zero `rootfs` (Go's zero struct): shared by every record that has none. */
export const EMPTY_ROOTFS: Rootfs = Object.freeze({
  runtime: '',
  type: '',
  imageurl: '',
  user: '',
  ports: null,
  path: '',
  readonly: false,
  storageInfo: Object.freeze({ endpoint: '', bucket: '', object: '', accessKey: '', secretKey: '' }),
  mountpoint: '',
  mounts: null,
})

type Decoded = Record<string, unknown> | undefined

/** The `rootfs` a decoded request body gives: the fields sent over Go's zero values. */
export function toRootfs(decoded: Decoded): Rootfs {
  if (decoded === undefined) return EMPTY_ROOTFS
  const storageInfo = decoded.storageInfo as Decoded
  const mounts = decoded.mounts as Decoded[] | undefined
  return {
    ...EMPTY_ROOTFS,
    ...decoded,
    storageInfo: { ...EMPTY_ROOTFS.storageInfo, ...storageInfo },
    // A null element of a struct slice is the zero struct.
    mounts: mounts?.map((mount) => ({ source: '', target: '', readonly: false, ...mount })) ?? null,
  } as Rootfs
}
