/**
 * A 16×16 line pictogram per channel (drawn with stroke, no fill), so that a
 * card shows its channel at a glance; the channel's name is always written next to it.
 */
export const CHANNEL_ICONS: Record<string, string> = {
    web: 'M1 8a7 7 0 1 0 14 0a7 7 0 1 0-14 0M1 8h14M8 1c-3 3.5-3 10.5 0 14M8 1c3 3.5 3 10.5 0 14',
    app: 'M4.5 1.5h7v13h-7zM7 12.5h2',
    email: 'M1.5 3.5h13v9h-13zM1.5 3.5l6.5 5.5 6.5-5.5',
    sms: 'M2 3h12v8H7l-3 3v-3H2zM5 7h6',
    social: 'M2 8a2 2 0 1 0 4 0a2 2 0 1 0-4 0M10 3.5a2 2 0 1 0 4 0a2 2 0 1 0-4 0M10 12.5a2 2 0 1 0 4 0a2 2 0 1 0-4 0M5.8 7l4.4-2.5M5.8 9l4.4 2.5',
    search: 'M2 6.5a4.5 4.5 0 1 0 9 0a4.5 4.5 0 1 0-9 0M10 10l4.5 4.5',
    ads: 'M2 6h3l7-3.5v11L5 10H2zM5 10l1.5 4',
    chat: 'M1.5 2.5h9v6h-5l-2.5 2.5v-2.5h-1.5zM12 6h2.5v6H13v2l-2-2H7v-1.5',
    phone: 'M3 1.5l3 3-1.5 2a8 8 0 0 0 5 5l2-1.5 3 3-2 2C6 15 1 10 1 3.5z',
    store: 'M2 6.5v8h12v-8M1.5 6.5L3 2h10l1.5 4.5zM6 14.5v-4h4v4',
    print: 'M3.5 1.5h6l3 3v10h-9zM9.5 1.5v3h3M5.5 8h5M5.5 10.5h5',
    tv: 'M1.5 3.5h13V12h-13zM5 14.5h6',
    event: 'M2 3.5h12v11H2zM2 6.5h12M5 1.5v3M11 1.5v3',
    referral: 'M3 5.5a2 2 0 1 0 4 0a2 2 0 1 0-4 0M1 13c0-3 2-4.5 4-4.5s4 1.5 4 4.5M10 7h5M13 5l2 2-2 2',
    partner: 'M6.5 9.5l3-3M7 4.5l1.5-1.5a2.8 2.8 0 0 1 4 4L11 8.5M9 11.5l-1.5 1.5a2.8 2.8 0 0 1-4-4L5 7.5',
    other: 'M3 8h.01M8 8h.01M13 8h.01'
};

export function channelIcon(channel: string | undefined): string {
    return CHANNEL_ICONS[channel ?? 'other'] ?? CHANNEL_ICONS.other;
}
