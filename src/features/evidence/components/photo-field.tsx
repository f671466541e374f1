import { Image, View } from '@tarojs/components'
import { FormField } from '@/ui/form-field'
import { TapButton } from '@/ui/tap-button'
import { offerPermissionSettings } from '@/services/permission-prompt'
import { choosePhotos, keepPhoto, photoExists, photosSupported, previewPhotos } from '@/platform/files'
import { showToast } from '@/platform/feedback'
import { MAX_PHOTOS, type EvidencePhoto } from '../model'

interface PhotoFieldProps {
  photos: EvidencePhoto[]
  error?: string
  onChange: (photos: EvidencePhoto[]) => void
}

/**
 * Picked photos are copied into the app's own folder at once: WeChat keeps the picker's temp files
 * only for the session, so a draft restored after a restart would otherwise have lost them.
 * Returns the kept paths; a photo that could not be copied keeps its temp path for this session.
 */
async function keepPicked(paths: string[], now: number): Promise<EvidencePhoto[]> {
  const kept: EvidencePhoto[] = []
  for (const [index, path] of paths.entries()) {
    const copied = await keepPhoto(path, `draft-${now}-${index}`)
    kept.push({ path: copied.ok ? copied.value : path, addedAt: now + index })
  }
  if (kept.some((photo, index) => photo.path === paths[index])) showToast('有照片没能存到小程序里，请保存后检查一下')
  return kept
}

function PhotoTile({ photo, index, all, onRemove }: { photo: EvidencePhoto; index: number; all: EvidencePhoto[]; onRemove: () => void }) {
  const there = photoExists(photo.path)
  return (
    <View className={`bj-editor__photo${there ? '' : ' bj-editor__photo--missing'}`}>
      {there ? (
        <Image
          className='bj-editor__photo-image'
          src={photo.path}
          mode='aspectFill'
          role='button'
          aria-label={`查看照片 ${index + 1}`}
          onClick={() =>
            previewPhotos(
              all.map((item) => item.path),
              photo.path,
            )
          }
        />
      ) : (
        <View>照片文件已不在手机上</View>
      )}
      <View
        className='bj-editor__photo-remove'
        role='button'
        aria-label={`${there ? '删除' : '移除丢失的'}照片 ${index + 1}`}
        onClick={onRemove}
      >
        {there ? '删除' : '移除'}
      </View>
    </View>
  )
}

/**
 * The note's photos. At most 9 can be added; a note that already has more (from an older version
 * or another device) keeps them all and can still be edited.
 */
export function PhotoField({ photos, error, onChange }: PhotoFieldProps) {
  const canAdd = photos.length < MAX_PHOTOS
  const addPhotos = async () => {
    const chosen = await choosePhotos(MAX_PHOTOS - photos.length)
    if (chosen.ok) onChange([...photos, ...(await keepPicked(chosen.value, Date.now()))])
    else if (chosen.reason === 'denied') {
      const retry = await offerPermissionSettings('没有相册或相机权限', '要添加照片，需要允许使用相册或相机。可以在设置里打开后再试一次。')
      if (retry) await addPhotos()
    } else if (chosen.reason !== 'cancelled') showToast('没能选择照片，请再试一次')
  }
  const label = photos.length > MAX_PHOTOS ? `照片（${photos.length} 张，不能再添加）` : `照片（${photos.length}/${MAX_PHOTOS}）`
  return (
    <FormField label={label} error={error}>
      {photosSupported ? (
        <View className='bj-editor__photos'>
          {photos.map((photo, index) => (
            <PhotoTile
              key={photo.path}
              photo={photo}
              index={index}
              all={photos}
              onRemove={() => onChange(photos.filter((item) => item !== photo))}
            />
          ))}
          {canAdd ? (
            <TapButton id='evidence-add-photos' tone='plain' className='bj-editor__photo-add' onTap={() => addPhotos()}>
              添加照片
            </TapButton>
          ) : null}
        </View>
      ) : (
        <View className='bj-field__hint'>照片只在微信小程序里保存。网页版请另外保留截图原件，并在说明里写下截图的内容。</View>
      )}
    </FormField>
  )
}
