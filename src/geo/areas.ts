/**
 * Hand-written gazetteer entries the GeoNames city/admin packages lack:
 * regions, seas, contested areas and news spellings. Coordinates are rough
 * centres written for this project (good to well within 161 km for the
 * smaller areas; continents and oceans are nominal).
 */

export interface AreaEntry {
  name: string;
  alt?: string[];
  lat: number;
  lon: number;
  /** ISO2, or '' for areas that span countries. */
  country: string;
  /** GeoNames-style feature code: RGN (region), CONT, OCN, SEA, GULF, STRT, TERR, PEN, ADM1, PCLI. */
  fcode: string;
  /** A population-like prior weight used for ranking against same-named towns. */
  weight: number;
}

export const AREAS: AreaEntry[] = [
  // Middle East and conflict zones.
  { name: 'Gaza Strip', alt: ['Gaza', 'the Strip'], lat: 31.42, lon: 34.36, country: 'PS', fcode: 'TERR', weight: 2_000_000 },
  { name: 'West Bank', alt: ['Occupied West Bank'], lat: 31.95, lon: 35.25, country: 'PS', fcode: 'TERR', weight: 3_000_000 },
  { name: 'East Jerusalem', lat: 31.785, lon: 35.235, country: 'PS', fcode: 'RGN', weight: 350_000 },
  { name: 'Golan Heights', alt: ['Golan', 'occupied Golan'], lat: 33.0, lon: 35.75, country: 'SY', fcode: 'RGN', weight: 50_000 },
  { name: 'Middle East', alt: ['Mideast', 'Near East'], lat: 33.14, lon: 35.86, country: '', fcode: 'RGN', weight: 50_000_000 },
  { name: 'Levant', lat: 33.5, lon: 36.0, country: '', fcode: 'RGN', weight: 10_000_000 },
  { name: 'Kurdistan Region', alt: ['Iraqi Kurdistan', 'Kurdistan', 'Kurdistan region of Iraq', 'autonomous Kurdistan region'], lat: 36.2, lon: 44.0, country: 'IQ', fcode: 'RGN', weight: 5_000_000 },
  { name: 'Sinai Peninsula', alt: ['Sinai', 'North Sinai', 'Sinai peninsula'], lat: 29.5, lon: 33.8, country: 'EG', fcode: 'PEN', weight: 600_000 },
  { name: 'Crimea', alt: ['Crimean Peninsula', 'Krym'], lat: 45.3, lon: 34.4, country: 'UA', fcode: 'PEN', weight: 2_000_000 },
  { name: 'Donbas', alt: ['Donbass', 'Donets Basin'], lat: 48.0, lon: 38.0, country: 'UA', fcode: 'RGN', weight: 6_000_000 },
  { name: 'Nagorno-Karabakh', alt: ['Karabakh', 'Nagorno Karabakh'], lat: 39.9, lon: 46.7, country: 'AZ', fcode: 'RGN', weight: 150_000 },
  { name: 'Kashmir', alt: ['Jammu and Kashmir'], lat: 34.1, lon: 75.0, country: 'IN', fcode: 'RGN', weight: 10_000_000 },
  { name: 'South Ossetia', alt: ['Tskhinvali region'], lat: 42.35, lon: 43.97, country: 'GE', fcode: 'RGN', weight: 50_000 },
  { name: 'Abkhazia', lat: 43.0, lon: 41.0, country: 'GE', fcode: 'RGN', weight: 250_000 },
  { name: 'Darfur', lat: 13.5, lon: 24.0, country: 'SD', fcode: 'RGN', weight: 7_000_000 },
  { name: 'Sahel', alt: ['the Sahel', 'Sahel region'], lat: 15.0, lon: 5.0, country: '', fcode: 'RGN', weight: 20_000_000 },
  { name: 'Horn of Africa', lat: 8.0, lon: 45.0, country: '', fcode: 'PEN', weight: 20_000_000 },
  { name: 'Balkans', alt: ['Western Balkans'], lat: 43.5, lon: 20.0, country: '', fcode: 'RGN', weight: 20_000_000 },
  { name: 'Caucasus', alt: ['North Caucasus', 'South Caucasus'], lat: 42.5, lon: 45.0, country: '', fcode: 'RGN', weight: 10_000_000 },
  { name: 'Korean Peninsula', lat: 37.5, lon: 127.5, country: '', fcode: 'PEN', weight: 20_000_000 },
  { name: 'Tibet', lat: 31.0, lon: 88.0, country: 'CN', fcode: 'RGN', weight: 3_000_000 },
  { name: 'Xinjiang', lat: 41.0, lon: 85.0, country: 'CN', fcode: 'RGN', weight: 20_000_000 },
  // Seas, gulfs, straits.
  { name: 'Red Sea', lat: 20.0, lon: 38.5, country: '', fcode: 'SEA', weight: 5_000_000 },
  { name: 'Persian Gulf', alt: ['Gulf', 'the Gulf', 'Arabian Gulf'], lat: 26.5, lon: 52.0, country: '', fcode: 'GULF', weight: 5_000_000 },
  { name: 'Gulf of Aden', lat: 12.5, lon: 48.0, country: '', fcode: 'GULF', weight: 1_000_000 },
  { name: 'Gulf of Oman', lat: 24.5, lon: 58.5, country: '', fcode: 'GULF', weight: 1_000_000 },
  { name: 'Gulf of Mexico', lat: 25.0, lon: -90.0, country: '', fcode: 'GULF', weight: 5_000_000 },
  { name: 'Strait of Hormuz', alt: ['Hormuz', 'Straits of Hormuz'], lat: 26.6, lon: 56.4, country: '', fcode: 'STRT', weight: 1_000_000 },
  { name: 'Bab el-Mandeb', alt: ['Bab al-Mandab', 'Bab el-Mandeb Strait'], lat: 12.6, lon: 43.3, country: '', fcode: 'STRT', weight: 1_000_000 },
  { name: 'Mediterranean Sea', alt: ['Mediterranean', 'eastern Mediterranean'], lat: 35.0, lon: 18.0, country: '', fcode: 'SEA', weight: 5_000_000 },
  { name: 'Black Sea', lat: 43.4, lon: 34.0, country: '', fcode: 'SEA', weight: 5_000_000 },
  { name: 'Caspian Sea', lat: 41.7, lon: 50.6, country: '', fcode: 'SEA', weight: 1_000_000 },
  { name: 'Sea of Azov', lat: 46.0, lon: 36.5, country: '', fcode: 'SEA', weight: 1_000_000 },
  { name: 'Baltic Sea', alt: ['Baltic'], lat: 58.0, lon: 20.0, country: '', fcode: 'SEA', weight: 2_000_000 },
  { name: 'South China Sea', lat: 12.0, lon: 113.0, country: '', fcode: 'SEA', weight: 5_000_000 },
  { name: 'East China Sea', lat: 29.0, lon: 125.0, country: '', fcode: 'SEA', weight: 1_000_000 },
  { name: 'Taiwan Strait', lat: 24.0, lon: 119.5, country: '', fcode: 'STRT', weight: 1_000_000 },
  { name: 'Arabian Sea', lat: 15.0, lon: 65.0, country: '', fcode: 'SEA', weight: 1_000_000 },
  { name: 'Caribbean', alt: ['Caribbean Sea'], lat: 15.0, lon: -75.0, country: '', fcode: 'SEA', weight: 10_000_000 },
  { name: 'Atlantic Ocean', alt: ['Atlantic'], lat: 30.0, lon: -40.0, country: '', fcode: 'OCN', weight: 5_000_000 },
  { name: 'Pacific Ocean', alt: ['Pacific'], lat: 0.0, lon: -160.0, country: '', fcode: 'OCN', weight: 5_000_000 },
  { name: 'Indian Ocean', lat: -20.0, lon: 80.0, country: '', fcode: 'OCN', weight: 5_000_000 },
  { name: 'Arctic', alt: ['Arctic Ocean'], lat: 80.0, lon: 0.0, country: '', fcode: 'OCN', weight: 1_000_000 },
  { name: 'Antarctica', lat: -80.0, lon: 0.0, country: 'AQ', fcode: 'CONT', weight: 1_000_000 },
  // Continents and world regions.
  { name: 'Europe', lat: 50.0, lon: 10.0, country: '', fcode: 'CONT', weight: 700_000_000 },
  { name: 'Africa', lat: 7.19, lon: 21.09, country: '', fcode: 'CONT', weight: 1_000_000_000 },
  { name: 'Asia', lat: 29.84, lon: 89.29, country: '', fcode: 'CONT', weight: 4_000_000_000 },
  { name: 'North America', lat: 45.0, lon: -100.0, country: '', fcode: 'CONT', weight: 500_000_000 },
  { name: 'South America', lat: -15.0, lon: -60.0, country: '', fcode: 'CONT', weight: 400_000_000 },
  { name: 'Latin America', lat: -5.0, lon: -65.0, country: '', fcode: 'RGN', weight: 600_000_000 },
  { name: 'Central America', lat: 13.0, lon: -86.0, country: '', fcode: 'RGN', weight: 50_000_000 },
  { name: 'Oceania', lat: -20.0, lon: 150.0, country: '', fcode: 'CONT', weight: 40_000_000 },
  { name: 'Southeast Asia', lat: 5.0, lon: 110.0, country: '', fcode: 'RGN', weight: 600_000_000 },
  { name: 'South Asia', lat: 22.0, lon: 78.0, country: '', fcode: 'RGN', weight: 1_000_000_000 },
  { name: 'Central Asia', lat: 43.0, lon: 65.0, country: '', fcode: 'RGN', weight: 70_000_000 },
  { name: 'East Asia', lat: 35.0, lon: 120.0, country: '', fcode: 'RGN', weight: 1_500_000_000 },
  { name: 'Western Europe', lat: 48.0, lon: 5.0, country: '', fcode: 'RGN', weight: 200_000_000 },
  { name: 'Eastern Europe', lat: 50.0, lon: 28.0, country: '', fcode: 'RGN', weight: 200_000_000 },
  { name: 'Scandinavia', lat: 62.0, lon: 14.0, country: '', fcode: 'RGN', weight: 20_000_000 },
  { name: 'North Africa', lat: 28.0, lon: 10.0, country: '', fcode: 'RGN', weight: 200_000_000 },
  { name: 'West Africa', lat: 12.0, lon: -3.0, country: '', fcode: 'RGN', weight: 400_000_000 },
  { name: 'East Africa', lat: 0.0, lon: 37.0, country: '', fcode: 'RGN', weight: 400_000_000 },
  { name: 'Sub-Saharan Africa', lat: 4.0, lon: 21.0, country: '', fcode: 'RGN', weight: 1_000_000_000 },
  // United States regions common in local news.
  { name: 'Midwest', lat: 41.5, lon: -90.0, country: 'US', fcode: 'RGN', weight: 60_000_000 },
  { name: 'New England', lat: 43.5, lon: -71.5, country: 'US', fcode: 'RGN', weight: 15_000_000 },
  { name: 'Pacific Northwest', lat: 46.0, lon: -121.0, country: 'US', fcode: 'RGN', weight: 10_000_000 },
  { name: 'Bay Area', alt: ['San Francisco Bay Area'], lat: 37.7, lon: -122.2, country: 'US', fcode: 'RGN', weight: 7_000_000 },
  { name: 'Silicon Valley', lat: 37.35, lon: -121.95, country: 'US', fcode: 'RGN', weight: 3_000_000 },
  { name: 'Gulf Coast', lat: 29.8, lon: -91.0, country: 'US', fcode: 'RGN', weight: 10_000_000 },
  { name: 'Appalachia', lat: 38.0, lon: -81.0, country: 'US', fcode: 'RGN', weight: 20_000_000 },
  { name: 'Great Lakes', lat: 45.0, lon: -84.0, country: 'US', fcode: 'RGN', weight: 30_000_000 },
  { name: 'West Coast', lat: 40.0, lon: -122.0, country: 'US', fcode: 'RGN', weight: 40_000_000 },
  { name: 'East Coast', lat: 39.0, lon: -76.0, country: 'US', fcode: 'RGN', weight: 100_000_000 },
  { name: 'Upper Peninsula', lat: 46.5, lon: -87.0, country: 'US', fcode: 'PEN', weight: 300_000 },
  { name: 'Texas Panhandle', alt: ['Panhandle'], lat: 35.4, lon: -101.5, country: 'US', fcode: 'RGN', weight: 400_000 },
];

/** Extra spellings for GeoNames cities and admin areas: key is "Name|ISO2" of the gazetteer entry. */
export const EXTRA_SPELLINGS: Record<string, string[]> = {
  'Washington, D.C.|US': ['Washington', 'Washington DC', 'D.C.', 'District of Columbia'],
  'Kyiv|UA': ['Kiev'],
  'Kharkiv|UA': ['Kharkov'],
  'Odesa|UA': ['Odessa'],
  'Lviv|UA': ['Lvov', 'Lwow'],
  'Dnipro|UA': ['Dnepropetrovsk', 'Dnipropetrovsk', 'Dnepr'],
  'Mykolaiv|UA': ['Nikolaev', 'Nikolayev'],
  'Zaporizhzhia|UA': ['Zaporozhye', 'Zaporizhzhya', 'Zaporizhia'],
  'Luhansk|UA': ['Lugansk'],
  'Bakhmut|UA': ['Artemivsk', 'Artyomovsk'],
  'Mosul|IQ': ['al-Mawsil'],
  'Ramadi|IQ': ['Ar Ramadi'],
  'Fallujah|IQ': ['Falluja', 'Faluja', 'Fallouja'],
  'Nineveh|IQ': ['Ninevah', 'Ninawa', 'Nineveh Province', 'Nineveh governorate'],
  'Anbar|IQ': ['al-Anbar', 'Al Anbar', 'Anbar province', 'Anbar governorate'],
  'Salah ad Din|IQ': ['Salahuddin', 'Salaheddin', 'Salah al-Din', 'Salahaddin'],
  'Erbil|IQ': ['Arbil', 'Irbil', 'Hawler'],
  'Sulaymaniyah|IQ': ['Sulaimaniyah', 'Suleimaniyah', 'Slemani'],
  'Duhok|IQ': ['Dohuk', 'Dahuk'],
  'Deir ez-Zor|SY': ['Deir Ezzor', 'Deir al-Zor', 'Deir el-Zor', 'Deir Ez Zor'],
  'Al-Hasakah|SY': ['Hasakeh', 'Hassakeh', 'Hasaka'],
  'Raqqa|SY': ['Raqa', 'Rakka'],
  'Idlib|SY': ['Idleb'],
  'Aleppo|SY': ['Halab'],
  'Daraa|SY': ['Deraa', 'Dara'],
  'Sanaa|YE': ["Sana'a", 'Sana'],
  'Hodeidah|YE': ['Hudaydah', 'Al Hudaydah', 'Hodeida'],
  'Los Angeles|US': ['L.A.'],
  'El Fasher|SD': ['Al-Fashir', 'Al Fashir', 'El Fashir', 'Al-Fasher'],
  'Beijing|CN': ['Peking'],
  'Mumbai|IN': ['Bombay'],
  'Kolkata|IN': ['Calcutta'],
  'Chennai|IN': ['Madras'],
  'Yangon|MM': ['Rangoon'],
  'Ho Chi Minh City|VN': ['Saigon'],
  'Gaza|PS': ['Gaza City'],
  'Khan Yunis|PS': ['Khan Younis', 'Khan Yunes'],
  'Tel Aviv|IL': ['Tel Aviv-Yafo', 'Tel Aviv-Jaffa'],
  'Kandahar|AF': ['Qandahar'],
  'Tripoli|LY': ['Tarabulus'],
  'Benghazi|LY': ['Banghazi'],
  'Mogadishu|SO': ['Muqdisho'],
};
