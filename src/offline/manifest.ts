import type { ManifestOptions } from 'vite-plugin-pwa';

/** The Web App Manifest, with shortcuts to the two things people come back for: scanning a code and their dossiers. */
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Một Cửa — Thủ tục hành chính cấp xã',
  short_name: 'Một Cửa',
  description: 'Hồ sơ, biểu mẫu, thời hạn, lệ phí và cách nộp trực tuyến của các thủ tục hành chính tại xã. Dùng được khi không có mạng.',
  lang: 'vi',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  orientation: 'any',
  theme_color: '#0b4f8a',
  background_color: '#ffffff',
  categories: ['government', 'utilities'],
  icons: [
    { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
    { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
    { src: '/icons/maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
    { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
  ],
  shortcuts: [
    {
      name: 'Quét mã QR',
      short_name: 'Quét mã',
      description: 'Quét mã QR thủ tục niêm yết tại Bộ phận Một cửa',
      url: '/scan',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Hồ sơ của tôi',
      short_name: 'Hồ sơ',
      description: 'Các hồ sơ đang soạn trên máy này',
      url: '/drafts',
      icons: [{ src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
  screenshots: [
    { src: '/screenshots/narrow.png', sizes: '360x640', type: 'image/png', form_factor: 'narrow', label: 'Tờ thông tin thủ tục trên điện thoại' },
    { src: '/screenshots/wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'Danh mục thủ tục trên máy tính bảng' },
  ],
};
