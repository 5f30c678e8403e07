import { metaErrors } from '../../domain/meta-error.js'
import type { Rootfs } from '../../model/rootfs.js'

// every rule's text is a format string to the real server; only the type's holds user input
const fail = (detail: string) => metaErrors.invalidUserParamText(detail)

/**
 * `ValidateRootfsSpec`: the rootfs as stored (runtime defaulted to `runsc` once anything but
 * `readonly` is set), or a 4104 for the first rule it breaks, in the real order.
 * @example toValidRootfs({ ...EMPTY_ROOTFS, type: 'image', imageurl: 'img' }).runtime // 'runsc'
 */
export function toValidRootfs(rootfs: Rootfs): Rootfs {
  const { storageInfo, type } = rootfs
  const hasStorageInfo = Object.values(storageInfo).some((value) => value !== '')
  const hasMounts = (rootfs.mounts?.length ?? 0) > 0
  const setsSomething =
    rootfs.path !== '' || rootfs.imageurl !== '' || hasStorageInfo || type !== '' || rootfs.mountpoint !== ''
  if (!setsSomething && !hasMounts && !rootfs.readonly && rootfs.runtime === '') return rootfs
  if (rootfs.path !== '' && type !== 'local') throw fail("when rootfs path is set, type must be 'local'")
  if (type === 'local' && rootfs.path === '') throw fail("when rootfs type is 'local', path must be set")
  if (rootfs.imageurl !== '' && type !== 'image')
    throw fail("when rootfs imageurl is set, type must be 'image'")
  if (type === 'image' && rootfs.imageurl === '')
    throw fail("when rootfs type is 'image', imageurl must be set")
  if (type === 's3') {
    for (const key of ['endpoint', 'bucket', 'object'] as const) {
      if (storageInfo[key] === '') throw fail(`when rootfs type is 's3', storageInfo.${key} must be set`)
    }
  }
  if (hasStorageInfo && type !== 's3') throw fail("storageInfo can only be set when rootfs type is 's3'")
  if (type !== '' && type !== 'local' && type !== 'image' && type !== 's3') {
    throw fail(`invalid rootfs type: ${type}, must be 'local', 'image', or 's3'`)
  }
  const defaultsRuntime = (setsSomething || hasMounts) && rootfs.runtime === ''
  return defaultsRuntime ? { ...rootfs, runtime: 'runsc' } : rootfs
}
